import { describe, expect, it } from 'vitest';
import type { MessengerChatConfig } from '@/content/simulations/messenger-chat';
import {
  callGoalReached,
  chatStart,
  chatStep,
  checkPin,
  judgeCall,
  judgeSend,
  looksLikeEmail,
} from '@/features/learn/practice/messenger-chat/logic';

const base = { kind: 'messenger-chat' as const, contacts: ['ewa', 'ania', 'marek'] };
const textTask: MessengerChatConfig = { ...base, task: 'text', to: 'ania' };
const voiceTask: MessengerChatConfig = { ...base, task: 'voice', to: 'ewa' };
const callTask: MessengerChatConfig = { ...base, task: 'videoCall', to: 'ewa' };
const groupCall: MessengerChatConfig = { ...base, task: 'videoCall', to: 'ewa', addParticipant: 'marek' };

describe('checkPin', () => {
  it('accepts six digits', () => {
    expect(checkPin('482915')).toEqual({ ok: true, pin: '482915' });
  });

  it('forgives spaces between the digits', () => {
    expect(checkPin(' 482 915 ')).toEqual({ ok: true, pin: '482915' });
  });

  it('reports the length when there are too few or too many digits', () => {
    expect(checkPin('1234')).toEqual({ ok: false, problem: 'length', length: 4 });
    expect(checkPin('1234567')).toEqual({ ok: false, problem: 'length', length: 7 });
    expect(checkPin('')).toEqual({ ok: false, problem: 'length', length: 0 });
  });

  it('refuses letters even when the length is right', () => {
    expect(checkPin('12a456')).toMatchObject({ ok: false, problem: 'notDigits' });
  });
});

describe('looksLikeEmail', () => {
  it('accepts a plain address and refuses one without @ or a domain', () => {
    expect(looksLikeEmail('jan.kowalski@poczta.pl')).toBe(true);
    expect(looksLikeEmail('jan.kowalski.poczta.pl')).toBe(false);
    expect(looksLikeEmail('jan@poczta')).toBe(false);
    expect(looksLikeEmail('jan kowalski@poczta.pl')).toBe(false);
  });
});

describe('judgeSend', () => {
  it('is ok when the right kind goes to the right person', () => {
    expect(judgeSend(textTask, 'ania', 'text')).toBe('ok');
  });

  it('notices the wrong person', () => {
    expect(judgeSend(textTask, 'ewa', 'text')).toBe('wrongPerson');
  });

  it('calls anything else off-task', () => {
    expect(judgeSend(textTask, 'ania', 'photo')).toBe('offTask');
  });
});

describe('judgeCall', () => {
  it('is ok for a video call to the right person', () => {
    expect(judgeCall(callTask, 'ewa', true)).toBe('ok');
  });

  it('tells a voice call from a video call', () => {
    expect(judgeCall(callTask, 'ewa', false)).toBe('voiceInsteadOfVideo');
  });

  it('notices a video call to the wrong person', () => {
    expect(judgeCall(callTask, 'marek', true)).toBe('wrongPerson');
  });

  it('tells a voice call from a voice message', () => {
    expect(judgeCall(voiceTask, 'ewa', false)).toBe('callInsteadOfVoiceMessage');
  });

  it('calls a call in a text task off-task', () => {
    expect(judgeCall(textTask, 'ania', true)).toBe('offTask');
  });
});

describe('callGoalReached', () => {
  it('needs only the call itself when nobody is to be added', () => {
    expect(callGoalReached(callTask, ['ewa'])).toBe(true);
  });

  it('needs the second person in a group call', () => {
    expect(callGoalReached(groupCall, ['ewa'])).toBe(false);
    expect(callGoalReached(groupCall, ['ewa', 'marek'])).toBe(true);
  });

  it('is never reached in a task that is not a call', () => {
    expect(callGoalReached(textTask, ['ania'])).toBe(false);
  });
});

describe('chatStep', () => {
  it('sends a text to the right person, adds the reply and reaches the goal', () => {
    const chat = chatStep(textTask, chatStart(textTask), {
      type: 'open',
      screen: { name: 'chat', contact: 'ania' },
    });
    const result = chatStep(textTask, chat.state, {
      type: 'send',
      contact: 'ania',
      outgoing: { kind: 'text', text: 'Dzień dobry' },
    });
    expect(result.problem).toBeUndefined();
    expect(result.state.finished).toBe(true);
    expect(result.state.messages.ania?.map((message) => message.kind)).toEqual(['text', 'reply']);
  });

  it('names the wrong person and sends nothing when the chat is another one', () => {
    const result = chatStep(textTask, chatStart(textTask), {
      type: 'send',
      contact: 'ewa',
      outgoing: { kind: 'text', text: 'Dzień dobry' },
    });
    expect(result.problem).toEqual({ kind: 'wrongPerson', contact: 'ewa' });
    expect(result.state.finished).toBe(false);
    expect(result.state.messages.ewa).toBeUndefined();
  });

  it('opens the settings only for the two-step task', () => {
    expect(chatStep(textTask, chatStart(textTask), { type: 'settings' }).problem).toEqual({
      kind: 'offTask',
    });
    const twoStep: MessengerChatConfig = { ...base, task: 'twoStep' };
    expect(chatStep(twoStep, chatStart(twoStep), { type: 'settings' }).state.screen).toEqual({
      name: 'settings',
    });
  });

  it('goes back to the chat with a problem when a group call ends before the second person joins', () => {
    const call = chatStep(groupCall, chatStart(groupCall), { type: 'call', contact: 'ewa', video: true });
    expect(call.state.screen).toEqual({ name: 'call', contact: 'ewa', participants: ['ewa'] });
    const early = chatStep(groupCall, call.state, { type: 'hangUp' });
    expect(early.problem).toEqual({ kind: 'endedTooSoon' });
    expect(early.state.screen).toEqual({ name: 'chat', contact: 'ewa' });
    const added = chatStep(groupCall, call.state, { type: 'addParticipant', contact: 'marek' });
    const ended = chatStep(groupCall, added.state, { type: 'hangUp' });
    expect(ended.state).toMatchObject({ screen: { name: 'callEnded' }, finished: true });
  });
});
