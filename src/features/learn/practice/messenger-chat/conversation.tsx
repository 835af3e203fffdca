// The chat screen of the 'messenger-chat' simulation: the name at the top with the call buttons, the
// messages, and the ways to send: a text box, a pretend gallery and a tap-to-record voice message.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessengerChatConfig } from '@/content/simulations/messenger-chat';
import { Composer } from '@/features/learn/practice/messenger-chat/composer';
import type { ChatMessage, Outgoing } from '@/features/learn/practice/messenger-chat/logic';
import { ChatIcon, GalleryPicture } from '@/features/learn/practice/messenger-chat/pictures';
import type { WordFunction } from '@/features/learn/step-words';

export type ConversationProps = {
  config: MessengerChatConfig;
  name: string;
  messages: readonly ChatMessage[];
  word: WordFunction;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onCall: (video: boolean) => void;
  /** Tries to send; true when it was sent (the composer then clears). */
  onSend: (outgoing: Outgoing) => boolean;
  /** A wrong action found by the composer itself, with what to try. */
  onProblem: (message: string) => void;
};

export function Conversation({
  config,
  name,
  messages,
  word,
  headingRef,
  onBack,
  onCall,
  onSend,
  onProblem,
}: ConversationProps) {
  const { t } = useTranslation('sim-messenger-chat');
  return (
    <div className="messenger-chat__screen">
      <div className="messenger-chat__bar">
        <button
          type="button"
          className="button button--quiet"
          onClick={onBack}
          aria-label={t('chat.backLabel')}
        >
          <ChatIcon name="back" />
          {t('chat.back')}
        </button>
        <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
          {name}
        </h3>
        <div className="messenger-chat__calls">
          <button type="button" className="button button--quiet" onClick={() => onCall(false)}>
            <ChatIcon name="phone" />
            {t('chat.voiceCall')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onCall(true)}>
            <ChatIcon name="camera" />
            {t('chat.videoCall')}
          </button>
        </div>
      </div>
      <div className="messenger-chat__log" role="log" aria-label={t('chat.log')}>
        {messages.length === 0 ? <p className="messenger-chat__empty">{t('chat.empty')}</p> : null}
        <ol className="sim__bubbles messenger-chat__messages">
          {messages.map((message) => (
            <li
              key={message.key}
              className={`sim__bubble sim__bubble--${message.fromMe ? 'me' : 'them'} messenger-chat__message messenger-chat__message--${message.fromMe ? 'me' : 'them'}`}
            >
              <span className="visually-hidden">{message.fromMe ? t('chat.you') : name}: </span>
              <MessageBody message={message} word={word} />
            </li>
          ))}
        </ol>
      </div>
      <Composer config={config} onSend={onSend} onProblem={onProblem} />
    </div>
  );
}

function MessageBody({ message, word }: { message: ChatMessage; word: WordFunction }) {
  const { t } = useTranslation('sim-messenger-chat');
  switch (message.kind) {
    case 'history':
      return <>{word(`history.${message.id}`)}</>;
    case 'reply':
      return <>{word('reply')}</>;
    case 'text':
      return <>{message.text}</>;
    case 'photo':
      return (
        <span className="messenger-chat__sent-photo">
          <GalleryPicture photo={message.photo} />
          {t('chat.photoMessage', { photo: t(`photos.${message.photo}`) })}
        </span>
      );
    case 'voice':
      return (
        <span className="messenger-chat__sent-voice">
          <ChatIcon name="mic" />
          {t('chat.voiceMessage')}
        </span>
      );
  }
}
