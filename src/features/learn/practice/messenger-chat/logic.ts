// Pure rules of the 'messenger-chat' simulation: whether an action fits the task, and the checks of
// the two-step verification PIN and e-mail. Kept apart from the component so they are tested alone.
import type { GalleryPhoto, MessengerChatConfig } from '@/content/simulations/messenger-chat';

/** Two-step verification PINs have exactly six digits (FACTS.md M4.1). */
export const PIN_LENGTH = 6;

export type PinCheck =
  | { ok: true; pin: string }
  | { ok: false; problem: 'notDigits' | 'length'; length: number };

/** Checks a PIN as typed; spaces between digits are forgiven, letters are not. */
export function checkPin(typed: string): PinCheck {
  const pin = typed.replace(/\s+/g, '');
  if (!/^\d*$/.test(pin)) return { ok: false, problem: 'notDigits', length: pin.length };
  if (pin.length !== PIN_LENGTH) return { ok: false, problem: 'length', length: pin.length };
  return { ok: true, pin };
}

/** A plain plausibility check: something@something.something, no spaces. */
export function looksLikeEmail(typed: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed.trim());
}

export type SendKind = 'text' | 'photo' | 'voice';

/** What sending something in a chat means for the task. */
export type SendVerdict = 'ok' | 'wrongPerson' | 'offTask';

export function judgeSend(config: MessengerChatConfig, contact: string, kind: SendKind): SendVerdict {
  if (config.task !== kind) return 'offTask';
  return contact === config.to ? 'ok' : 'wrongPerson';
}

/** What starting a call means for the task; a voice call is a common slip for either a video call or a voice message. */
export type CallVerdict =
  | 'ok'
  | 'wrongPerson'
  | 'voiceInsteadOfVideo'
  | 'callInsteadOfVoiceMessage'
  | 'offTask';

export function judgeCall(config: MessengerChatConfig, contact: string, video: boolean): CallVerdict {
  if (config.task === 'videoCall') {
    if (!video) return 'voiceInsteadOfVideo';
    return contact === config.to ? 'ok' : 'wrongPerson';
  }
  if (config.task === 'voice' && !video) return 'callInsteadOfVoiceMessage';
  return 'offTask';
}

/** Whether hanging up now finishes a video-call task (a group call needs its second person first). */
export function callGoalReached(config: MessengerChatConfig, participants: readonly string[]): boolean {
  return (
    config.task === 'videoCall' && (!config.addParticipant || participants.includes(config.addParticipant))
  );
}

/** A message in the simulated chat; texts of `history` and `reply` come from the lesson's words. */
export type ChatMessage = { key: number; fromMe: boolean } & (
  | { kind: 'history'; id: string }
  | { kind: 'reply' }
  | { kind: 'text'; text: string }
  | { kind: 'photo'; photo: GalleryPhoto }
  | { kind: 'voice' }
);

/** What the learner tries to send from a chat. */
export type Outgoing =
  | { kind: 'text'; text: string }
  | { kind: 'photo'; photo: GalleryPhoto }
  | { kind: 'voice'; listened: boolean };

/** The screens of the pretend messenger. */
export type ChatScreen =
  | { name: 'chats' }
  | { name: 'chat'; contact: string }
  | { name: 'call'; contact: string; participants: string[] }
  | { name: 'callEnded' }
  | { name: 'settings' };

export type ChatState = {
  screen: ChatScreen;
  /** Each contact's chat, oldest first. */
  messages: Record<string, ChatMessage[]>;
  /** The key of the next message added, unique within the simulation. */
  nextKey: number;
  /** True once the task is done. */
  finished: boolean;
};

export type ChatAction =
  | { type: 'open'; screen: ChatScreen }
  | { type: 'settings' }
  | { type: 'send'; contact: string; outgoing: Outgoing }
  | { type: 'call'; contact: string; video: boolean }
  | { type: 'addParticipant'; contact: string }
  | { type: 'hangUp' }
  /** A sub-screen (the settings) reached the goal by its own checks. */
  | { type: 'done' };

/** What was wrong with an action, for its message. */
export type ChatProblem =
  | { kind: 'offTask' | 'notListened' | 'wrongParticipant' | 'endedTooSoon' }
  | { kind: 'voiceInsteadOfVideo' | 'callInsteadOfVoiceMessage' }
  | { kind: 'wrongPerson' | 'wrongCallee'; contact: string }
  | { kind: 'wrongPhoto'; photo: GalleryPhoto };

export function chatStart(config: MessengerChatConfig): ChatState {
  const messages: Record<string, ChatMessage[]> = {};
  if (config.to)
    messages[config.to] = (config.history ?? []).map((entry, index) => ({
      key: index,
      fromMe: entry.fromMe,
      kind: 'history',
      id: entry.id,
    }));
  return { screen: { name: 'chats' }, messages, nextKey: 100, finished: false };
}

/** The state after an action, with the problem if the action does not fit the task. */
export function chatStep(
  config: MessengerChatConfig,
  state: ChatState,
  action: ChatAction,
): { state: ChatState; problem?: ChatProblem } {
  const { screen } = state;
  switch (action.type) {
    case 'open':
      return { state: { ...state, screen: action.screen } };
    case 'settings':
      return config.task === 'twoStep'
        ? { state: { ...state, screen: { name: 'settings' } } }
        : { state, problem: { kind: 'offTask' } };
    case 'send': {
      const { contact, outgoing } = action;
      const verdict = judgeSend(config, contact, outgoing.kind);
      if (verdict === 'offTask') return { state, problem: { kind: 'offTask' } };
      if (verdict === 'wrongPerson') return { state, problem: { kind: 'wrongPerson', contact } };
      if (outgoing.kind === 'photo' && outgoing.photo !== config.photo)
        return { state, problem: { kind: 'wrongPhoto', photo: outgoing.photo } };
      if (outgoing.kind === 'voice' && config.listenFirst && !outgoing.listened)
        return { state, problem: { kind: 'notListened' } };
      const sent: ChatMessage =
        outgoing.kind === 'voice'
          ? { key: state.nextKey, kind: 'voice', fromMe: true }
          : { ...outgoing, key: state.nextKey, fromMe: true };
      const reply: ChatMessage = { key: state.nextKey + 1, kind: 'reply', fromMe: false };
      const messages = { ...state.messages, [contact]: [...(state.messages[contact] ?? []), sent, reply] };
      return { state: { ...state, messages, nextKey: state.nextKey + 2, finished: true } };
    }
    case 'call': {
      const verdict = judgeCall(config, action.contact, action.video);
      if (verdict === 'ok')
        return {
          state: {
            ...state,
            screen: { name: 'call', contact: action.contact, participants: [action.contact] },
          },
        };
      return {
        state,
        problem:
          verdict === 'wrongPerson' ? { kind: 'wrongCallee', contact: action.contact } : { kind: verdict },
      };
    }
    case 'addParticipant':
      if (screen.name !== 'call') return { state };
      if (config.addParticipant && action.contact !== config.addParticipant)
        return { state, problem: { kind: 'wrongParticipant' } };
      return {
        state: { ...state, screen: { ...screen, participants: [...screen.participants, action.contact] } },
      };
    case 'hangUp':
      if (screen.name !== 'call') return { state };
      if (callGoalReached(config, screen.participants))
        return { state: { ...state, screen: { name: 'callEnded' }, finished: true } };
      return {
        state: { ...state, screen: { name: 'chat', contact: screen.contact } },
        problem: { kind: 'endedTooSoon' },
      };
    case 'done':
      return { state: { ...state, finished: true } };
  }
}
