// UI half of the 'messenger-chat' simulation: a made-up messenger ("Komunikator (ćwiczenie)") with a
// list of chats, a chat with a family member, a video call and the settings. The config sets the task;
// this component keeps the screens and messages and judges each action (messenger-chat-logic.ts).
import '@/features/learn/practice/messenger-chat/styles.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessengerChatConfig } from '@/content/simulations/messenger-chat';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { CallScreen } from '@/features/learn/practice/messenger-chat/call';
import { Conversation } from '@/features/learn/practice/messenger-chat/conversation';
import {
  type ChatMessage,
  callGoalReached,
  judgeCall,
  judgeSend,
  type Outgoing,
} from '@/features/learn/practice/messenger-chat/logic';
import { ChatIcon } from '@/features/learn/practice/messenger-chat/pictures';
import { SettingsScreen } from '@/features/learn/practice/messenger-chat/settings';

type Screen =
  | { name: 'chats' }
  | { name: 'chat'; contact: string }
  | { name: 'call'; contact: string; participants: string[] }
  | { name: 'callEnded' }
  | { name: 'settings' }
  | { name: 'finished' };

type Messages = Record<string, ChatMessage[]>;

function startMessages(config: MessengerChatConfig): Messages {
  const messages: Messages = {};
  if (config.to)
    messages[config.to] = (config.history ?? []).map((entry, index) => ({
      key: index,
      fromMe: entry.fromMe,
      kind: 'history',
      id: entry.id,
    }));
  return messages;
}

export function MessengerChat({
  config,
  word,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<MessengerChatConfig>) {
  const { t } = useTranslation('sim-messenger-chat');
  const [screen, setScreen] = useState<Screen>(completed ? { name: 'finished' } : { name: 'chats' });
  const [messages, setMessages] = useState<Messages>(() => startMessages(config));
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextKey = useRef(100);
  const firstScreen = useRef(true);
  const nameOf = (contact: string) => word(`contacts.${contact}`);
  const target = config.to ? nameOf(config.to) : '';

  // The heading of each new screen takes focus, so screen readers announce where the learner is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change by design.
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [screen.name, screen.name === 'chat' ? screen.contact : '']);

  function go(next: Screen) {
    setStatus('');
    setScreen(next);
  }

  function mistake(message?: string) {
    if (message) setStatus(message);
    onMistake();
  }

  function complete() {
    setStatus('');
    if (!completed) onComplete();
  }

  function append(contact: string, ...added: Omit<ChatMessage, 'key'>[]) {
    setMessages((current) => ({
      ...current,
      [contact]: [
        ...(current[contact] ?? []),
        ...added.map((message) => ({ ...message, key: nextKey.current++ }) as ChatMessage),
      ],
    }));
  }

  function send(contact: string, outgoing: Outgoing): boolean {
    const verdict = judgeSend(config, contact, outgoing.kind);
    if (verdict === 'offTask') {
      mistake(t('problem.offTask'));
      return false;
    }
    if (verdict === 'wrongPerson') {
      mistake(t('problem.wrongPerson', { name: nameOf(contact), target }));
      return false;
    }
    if (outgoing.kind === 'photo' && outgoing.photo !== config.photo) {
      mistake(t('problem.wrongPhoto', { photo: t(`photos.${outgoing.photo}`) }));
      return false;
    }
    if (outgoing.kind === 'voice' && config.listenFirst && !outgoing.listened) {
      mistake(t('problem.notListened'));
      return false;
    }
    const sent: Omit<ChatMessage, 'key'> =
      outgoing.kind === 'voice' ? { kind: 'voice', fromMe: true } : { ...outgoing, fromMe: true };
    append(contact, sent, { kind: 'reply', fromMe: false });
    complete();
    return true;
  }

  function call(contact: string, video: boolean) {
    const verdict = judgeCall(config, contact, video);
    if (verdict === 'ok') go({ name: 'call', contact, participants: [contact] });
    else if (verdict === 'wrongPerson') mistake(t('problem.wrongCallee', { name: nameOf(contact), target }));
    else mistake(t(`problem.${verdict}`));
  }

  if (screen.name === 'finished') {
    return (
      <div className="sim messenger-chat">
        <p className="sim__app">{t('appName')}</p>
        <div className="messenger-chat__screen">
          <h3 className="messenger-chat__title">{t('finished.title')}</h3>
          <p>{t(`finished.${config.task}`, { name: target })}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setMessages(startMessages(config));
              go({ name: 'chats' });
            }}
          >
            {t('finished.again')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="sim messenger-chat">
      <p className="sim__app">{t('appName')}</p>
      <p className="messenger-chat__status" role="status">
        {status}
      </p>
      {screen.name === 'chats' ? (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
              {t('chats.title')}
            </h3>
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                config.task === 'twoStep' ? go({ name: 'settings' }) : mistake(t('problem.offTask'))
              }
            >
              <ChatIcon name="gear" />
              {t('chats.settings')}
            </button>
          </div>
          <ul className="messenger-chat__menu">
            {config.contacts.map((contact, index) => (
              <li key={contact}>
                <button
                  type="button"
                  className="messenger-chat__contact"
                  onClick={() => go({ name: 'chat', contact })}
                >
                  <span
                    className={`messenger-chat__avatar messenger-chat__avatar--${index}`}
                    aria-hidden="true"
                  >
                    {nameOf(contact).charAt(0)}
                  </span>
                  <span>{nameOf(contact)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {screen.name === 'chat' ? (
        <Conversation
          key={screen.contact}
          config={config}
          name={nameOf(screen.contact)}
          messages={messages[screen.contact] ?? []}
          word={word}
          headingRef={headingRef}
          onBack={() => go({ name: 'chats' })}
          onCall={(video) => call(screen.contact, video)}
          onSend={(outgoing) => send(screen.contact, outgoing)}
          onProblem={mistake}
        />
      ) : null}
      {screen.name === 'call' ? (
        <CallScreen
          contacts={config.contacts}
          participants={screen.participants}
          nameOf={nameOf}
          headingRef={headingRef}
          onAdd={(contact) => {
            if (config.addParticipant && contact !== config.addParticipant) {
              mistake(t('problem.wrongParticipant', { name: nameOf(config.addParticipant) }));
              return false;
            }
            setStatus('');
            setScreen({ ...screen, participants: [...screen.participants, contact] });
            return true;
          }}
          onHangUp={() => {
            if (callGoalReached(config, screen.participants)) {
              go({ name: 'callEnded' });
              complete();
            } else {
              setScreen({ name: 'chat', contact: screen.contact });
              mistake(
                t('problem.endedTooSoon', {
                  name: config.addParticipant ? nameOf(config.addParticipant) : '',
                }),
              );
            }
          }}
        />
      ) : null}
      {screen.name === 'callEnded' ? (
        <div className="messenger-chat__screen">
          <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
            {t('call.ended')}
          </h3>
          <button type="button" className="button button--quiet" onClick={() => go({ name: 'chats' })}>
            {t('call.backToChats')}
          </button>
        </div>
      ) : null}
      {screen.name === 'settings' ? (
        <SettingsScreen
          headingRef={headingRef}
          onExit={() => go({ name: 'chats' })}
          onMistake={mistake}
          onDone={complete}
          onPageChange={() => setStatus('')}
        />
      ) : null}
    </div>
  );
}
