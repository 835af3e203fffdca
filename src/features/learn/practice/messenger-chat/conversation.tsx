// The chat screen of the 'messenger-chat' simulation: the name at the top with the call buttons, the
// messages, and the ways to send: a text box, a pretend gallery and a tap-to-record voice message.
import { type Ref, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleryPhoto, MessengerChatConfig } from '@/content/simulations/messenger-chat';
import type { ChatMessage, Outgoing } from '@/features/learn/practice/messenger-chat/logic';
import { ChatIcon, GalleryPicture } from '@/features/learn/practice/messenger-chat/pictures';
import type { WordFunction } from '@/features/learn/step-words';
import { useFocusNext } from '@/ui/use-focus-after-change';

type ConversationProps = {
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

type ComposerMode = { name: 'write' } | { name: 'gallery' } | { name: 'preview'; photo: GalleryPhoto };
type Recording = 'idle' | 'recording' | 'ready';

function Composer({ config, onSend, onProblem }: Pick<ConversationProps, 'config' | 'onSend' | 'onProblem'>) {
  const { t } = useTranslation('sim-messenger-chat');
  const [draft, setDraft] = useState('');
  const [mode, setMode] = useState<ComposerMode>({ name: 'write' });
  const [recording, setRecording] = useState<Recording>('idle');
  const [listened, setListened] = useState(false);
  const [voiceNote, setVoiceNote] = useState('');
  const fieldId = useId();
  const chosenId = useId();
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const photoButtonRef = useRef<HTMLButtonElement>(null);
  const recordButtonRef = useRef<HTMLButtonElement>(null);
  const listenRef = useRef<HTMLButtonElement>(null);
  const photos = config.photos ?? ['cake', 'cat', 'flowers'];
  // When a panel replaces the button that had focus, focus moves to where the learner continues.
  const focusNext = useFocusNext();

  function sendText() {
    if (draft.trim() === '') {
      onProblem(t('problem.emptyText'));
      return;
    }
    if (onSend({ kind: 'text', text: draft.trim() })) setDraft('');
  }

  function choose(photo: GalleryPhoto) {
    setMode({ name: 'preview', photo });
    focusNext(chosenRef);
  }

  function closeGallery() {
    setMode({ name: 'write' });
    focusNext(photoButtonRef);
  }

  function toggleRecording() {
    if (recording === 'recording') {
      setRecording('ready');
      setListened(false);
      setVoiceNote(t('voice.ready'));
      focusNext(listenRef);
    } else {
      setRecording('recording');
      setVoiceNote(t('voice.recording'));
    }
  }

  function clearRecording(note: string) {
    setRecording('idle');
    setListened(false);
    setVoiceNote(note);
    focusNext(recordButtonRef);
  }

  if (mode.name === 'gallery') {
    return (
      <div className="messenger-chat__composer">
        <fieldset className="messenger-chat__gallery-set">
          <legend className="messenger-chat__panel-title">{t('gallery.title')}</legend>
          <ul className="messenger-chat__gallery">
            {photos.map((photo) => (
              <li key={photo}>
                <button type="button" className="messenger-chat__photo-button" onClick={() => choose(photo)}>
                  <GalleryPicture photo={photo} />
                  <span>{t(`photos.${photo}`)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={closeGallery}>
            {t('gallery.cancel')}
          </button>
        </fieldset>
      </div>
    );
  }

  if (mode.name === 'preview') {
    const photoName = t(`photos.${mode.photo}`);
    return (
      <div className="messenger-chat__composer">
        <div className="messenger-chat__preview">
          <GalleryPicture photo={mode.photo} />
        </div>
        <p id={chosenId} ref={chosenRef} tabIndex={-1} className="messenger-chat__panel-title">
          {t('gallery.chosen', { photo: photoName })}
        </p>
        <div className="messenger-chat__row">
          <button
            type="button"
            className="button"
            aria-describedby={chosenId}
            onClick={() => {
              if (onSend({ kind: 'photo', photo: mode.photo })) closeGallery();
            }}
          >
            <ChatIcon name="send" />
            {t('gallery.send')}
          </button>
          <button type="button" className="button button--quiet" onClick={closeGallery}>
            {t('gallery.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="messenger-chat__composer">
      <p className="messenger-chat__voice-note" role="status">
        {voiceNote}
      </p>
      {recording === 'ready' ? (
        <div key="recorded" className="messenger-chat__row">
          <button
            ref={listenRef}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setListened(true);
              setVoiceNote(t('voice.listened'));
            }}
          >
            {t('voice.listen')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => clearRecording(t('voice.deleted'))}
          >
            {t('voice.delete')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (onSend({ kind: 'voice', listened })) clearRecording('');
            }}
          >
            <ChatIcon name="send" />
            {t('voice.send')}
          </button>
        </div>
      ) : (
        <div key="tools" className="messenger-chat__row">
          <button
            ref={photoButtonRef}
            type="button"
            className="button button--quiet"
            disabled={recording === 'recording'}
            onClick={() => setMode({ name: 'gallery' })}
          >
            <ChatIcon name="photo" />
            {t('chat.photo')}
          </button>
          <button
            ref={recordButtonRef}
            type="button"
            className={`button ${recording === 'recording' ? 'messenger-chat__recording' : 'button--quiet'}`}
            onClick={toggleRecording}
          >
            <ChatIcon name={recording === 'recording' ? 'stop' : 'mic'} />
            {recording === 'recording' ? t('chat.stop') : t('chat.record')}
          </button>
        </div>
      )}
      <form
        className="messenger-chat__write"
        onSubmit={(event) => {
          event.preventDefault();
          sendText();
        }}
      >
        <label htmlFor={fieldId}>{t('chat.messageLabel')}</label>
        <div className="messenger-chat__row">
          <input
            id={fieldId}
            className="messenger-chat__input"
            type="text"
            autoComplete="off"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">
            <ChatIcon name="send" />
            {t('chat.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
