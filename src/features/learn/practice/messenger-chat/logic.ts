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
