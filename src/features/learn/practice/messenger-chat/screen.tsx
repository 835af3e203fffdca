// UI half of the 'messenger-chat' simulation: a made-up messenger ("Komunikator (ćwiczenie)") with a
// list of chats, a chat with a family member, a video call and the settings. The config sets the task;
// this component keeps the screens and messages and judges each action (messenger-chat-logic.ts).
import '@/features/learn/practice/messenger-chat/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessengerChatConfig } from '@/content/simulations/messenger-chat';
import { SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import {
  headingOnNewScreen,
  useSimulation,
  type WithProblem,
  withProblems,
} from '@/features/learn/practice/kit/use-simulation';
import { CallScreen } from '@/features/learn/practice/messenger-chat/call';
import { Conversation } from '@/features/learn/practice/messenger-chat/conversation';
import {
  type ChatAction,
  type ChatProblem,
  type ChatScreen,
  type ChatState,
  chatStart,
  chatStep,
} from '@/features/learn/practice/messenger-chat/logic';
import { ChatIcon } from '@/features/learn/practice/messenger-chat/pictures';
import { SettingsScreen } from '@/features/learn/practice/messenger-chat/settings';

export function MessengerChat(props: SimulationProps<MessengerChatConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-messenger-chat');
  // What a sub-screen (the composer, the settings) said about its own form; cleared by the next action.
  const [note, setNote] = useState('');
  const sim = useSimulation(props, {
    start: (): WithProblem<ChatState, ChatProblem> => ({ at: chatStart(config) }),
    step: withProblems<ChatState, ChatAction, ChatProblem>((before, action) =>
      chatStep(config, before, action),
    ),
    finished: (current) => current.at.finished,
    focusAfter: headingOnNewScreen((current) => screenKey(current.at.screen)),
  });
  const { at: state, problem } = sim.state;
  const screen = state.screen;
  const headingRef = sim.focusRef('heading');
  const nameOf = (contact: string) => word(`contacts.${contact}`);
  const target = config.to ? nameOf(config.to) : '';

  /** Runs an action; true when it was a right one. */
  function run(action: ChatAction): boolean {
    setNote('');
    return !sim.act(action).mistake;
  }

  function mistake(message?: string) {
    if (message) setNote(message);
    sim.mistake();
  }

  function problemText(found: ChatProblem): string {
    switch (found.kind) {
      case 'wrongPerson':
      case 'wrongCallee':
        return t(`problem.${found.kind}`, { name: nameOf(found.contact), target });
      case 'wrongPhoto':
        return t('problem.wrongPhoto', { photo: t(`photos.${found.photo}`) });
      case 'wrongParticipant':
      case 'endedTooSoon':
        return t(`problem.${found.kind}`, {
          name: config.addParticipant ? nameOf(config.addParticipant) : '',
        });
      default:
        return t(`problem.${found.kind}`);
    }
  }

  if (sim.reviewing) {
    return (
      <SimulatedApp kind="messenger-chat" app={t('appName')}>
        <div className="messenger-chat__screen">
          <h3 className="messenger-chat__title">{t('finished.title')}</h3>
          <p>{t(`finished.${config.task}`, { name: target })}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setNote('');
              sim.again();
            }}
          >
            {t('finished.again')}
          </button>
        </div>
      </SimulatedApp>
    );
  }

  return (
    <SimulatedApp kind="messenger-chat" app={t('appName')}>
      <p className="messenger-chat__status" role="status">
        {note || (problem ? problemText(problem) : '')}
      </p>
      {screen.name === 'chats' ? (
        <div className="messenger-chat__screen">
          <div className="messenger-chat__bar">
            <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
              {t('chats.title')}
            </h3>
            <button type="button" className="button button--quiet" onClick={() => run({ type: 'settings' })}>
              <ChatIcon name="gear" />
              {t('chats.settings')}
            </button>
          </div>
          <ul className="sim__list messenger-chat__menu">
            {config.contacts.map((contact, index) => (
              <li key={contact}>
                <button
                  type="button"
                  className="sim__choice messenger-chat__contact"
                  onClick={() => run({ type: 'open', screen: { name: 'chat', contact } })}
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
          messages={state.messages[screen.contact] ?? []}
          word={word}
          headingRef={headingRef}
          onBack={() => run({ type: 'open', screen: { name: 'chats' } })}
          onCall={(video) => run({ type: 'call', contact: screen.contact, video })}
          onSend={(outgoing) => run({ type: 'send', contact: screen.contact, outgoing })}
          onProblem={mistake}
        />
      ) : null}
      {screen.name === 'call' ? (
        <CallScreen
          contacts={config.contacts}
          participants={screen.participants}
          nameOf={nameOf}
          headingRef={headingRef}
          onAdd={(contact) => run({ type: 'addParticipant', contact })}
          onHangUp={() => run({ type: 'hangUp' })}
        />
      ) : null}
      {screen.name === 'callEnded' ? (
        <div className="messenger-chat__screen">
          <h3 ref={headingRef} tabIndex={-1} className="messenger-chat__title">
            {t('call.ended')}
          </h3>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => run({ type: 'open', screen: { name: 'chats' } })}
          >
            {t('call.backToChats')}
          </button>
        </div>
      ) : null}
      {screen.name === 'settings' ? (
        <SettingsScreen
          headingRef={headingRef}
          onExit={() => run({ type: 'open', screen: { name: 'chats' } })}
          onMistake={mistake}
          onDone={() => run({ type: 'done' })}
          onPageChange={() => {
            setNote('');
            sim.focus('heading');
          }}
        />
      ) : null}
    </SimulatedApp>
  );
}

/** A screen's identity for the focus: another chat is another screen, another participant is not. */
function screenKey(screen: ChatScreen): string {
  return screen.name === 'chat' ? `chat:${screen.contact}` : screen.name;
}
