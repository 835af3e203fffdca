import { describe, expect, it } from 'vitest';
import type { TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';
import {
  BLIK_CODE_SECONDS,
  controlCode,
  formatCountdown,
  groupDigits,
  judgeTicket,
  newBlikCode,
  type PurchaseState,
  purchaseStep,
  START,
  secondsLeft,
  validUntil,
} from '@/features/learn/practice/ticket-purchase/logic';

const config: TicketPurchaseConfig = {
  kind: 'ticket-purchase',
  cities: ['krakow', 'bielsko'],
  city: 'bielsko',
  tickets: [
    { id: 'singleNormal', fare: 'normal', type: 'single', price: 400 },
    { id: 'singleReduced', fare: 'reduced', type: 'single', price: 200 },
    { id: 'hourNormal', fare: 'normal', type: 'time', minutes: 60, price: 500 },
  ],
  expected: 'singleNormal',
  reducedRight: false,
};
const reduced: TicketPurchaseConfig = { ...config, expected: 'singleReduced', reducedRight: true };
const code = { digits: '482913', issuedAt: 1_000_000 };

describe('BLIK codes', () => {
  it('makes six digits from the random source and groups them as a bank app shows them', () => {
    const digits = [0.48, 0.81, 0.21, 0.95, 0.1, 0.33];
    const made = newBlikCode(() => digits.shift() ?? 0, 5);
    expect(made).toEqual({ digits: '482913', issuedAt: 5 });
    expect(groupDigits(made.digits)).toBe('482 913');
  });

  it('counts two minutes down calmly and stops at zero', () => {
    expect(BLIK_CODE_SECONDS).toBe(120);
    expect(secondsLeft(code, code.issuedAt)).toBe(120);
    expect(secondsLeft(code, code.issuedAt + 55_500)).toBe(65);
    expect(secondsLeft(code, code.issuedAt + 200_000)).toBe(0);
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('judgeTicket', () => {
  it('tells a reduced ticket without a right from a normal one with a right and a wrong kind', () => {
    expect(judgeTicket(config, 'singleNormal')).toBe('right');
    expect(judgeTicket(config, 'singleReduced')).toBe('noReducedRight');
    expect(judgeTicket(config, 'hourNormal')).toBe('wrongKind');
    expect(judgeTicket(reduced, 'singleNormal')).toBe('hasReducedRight');
    expect(judgeTicket(reduced, 'singleReduced')).toBe('right');
  });
});

describe('tickets', () => {
  it('gives a time ticket an end and a single ticket none', () => {
    const [single, , hour] = config.tickets;
    expect(validUntil(hour as never, 0)).toBe(3_600_000);
    expect(validUntil(single as never, 0)).toBeUndefined();
  });

  it('makes a stable control code from the purchase', () => {
    expect(controlCode('a')).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(controlCode('a')).toBe(controlCode('a'));
    expect(controlCode('a')).not.toBe(controlCode('b'));
  });
});

describe('purchaseStep', () => {
  const at = (screen: PurchaseState['screen'], extra: Partial<PurchaseState> = {}): PurchaseState => ({
    screen,
    ...extra,
  });

  it('goes from the home screen through the city and ticket to the summary', () => {
    let state = purchaseStep(config, START, { type: 'open', to: 'transport' }).state;
    expect(state.screen).toBe('cities');
    state = purchaseStep(config, state, { type: 'city', city: 'bielsko' }).state;
    expect(state.screen).toBe('tickets');
    state = purchaseStep(config, state, { type: 'ticket', ticket: 'singleNormal' }).state;
    expect(state).toEqual({ screen: 'summary', ticket: 'singleNormal' });
  });

  it('names the problem of each wrong choice and stays on the screen', () => {
    expect(purchaseStep(config, START, { type: 'open', to: 'parking' })).toEqual({
      state: START,
      problem: 'offTask',
    });
    expect(purchaseStep(config, at('cities'), { type: 'city', city: 'krakow' }).problem).toBe('wrongCity');
    const tickets = at('tickets');
    expect(purchaseStep(config, tickets, { type: 'ticket', ticket: 'singleReduced' })).toEqual({
      state: tickets,
      problem: 'noReducedRight',
    });
  });

  it('goes back one screen at a time', () => {
    expect(purchaseStep(config, at('summary'), { type: 'back' }).state.screen).toBe('tickets');
    expect(purchaseStep(config, at('home'), { type: 'back' }).state.screen).toBe('home');
  });

  it('checks the typed code: format, a code from the bank, the right digits', () => {
    const entering = at('enterCode', { ticket: 'singleNormal', code });
    const submit = (typed: string, now = code.issuedAt + 10_000) =>
      purchaseStep(config, entering, { type: 'submitCode', typed, now });
    expect(submit('').problem).toBe('codeEmpty');
    expect(submit('48a913').problem).toBe('codeNotDigits');
    expect(submit('48291').problem).toBe('codeLength');
    expect(submit('123456').problem).toBe('codeWrong');
    expect(submit('482 913').state.screen).toBe('confirm');
    expect(
      purchaseStep(config, at('enterCode'), { type: 'submitCode', typed: '482913', now: 0 }).problem,
    ).toBe('noCode');
  });

  it('does not count an expired code as a mistake', () => {
    const entering = at('enterCode', { code });
    const late = purchaseStep(config, entering, {
      type: 'submitCode',
      typed: '482913',
      now: code.issuedAt + 121_000,
    });
    expect(late).toEqual({ state: entering, note: 'codeExpired' });
  });

  it('issues a new code in the bank, and uses the code up on confirming or rejecting', () => {
    const bank = purchaseStep(config, at('enterCode'), { type: 'openBank' }).state;
    expect(bank.screen).toBe('bank');
    const withCode = purchaseStep(config, bank, { type: 'newCode', code }).state;
    expect(withCode.code).toBe(code);
    expect(purchaseStep(config, withCode, { type: 'backToShop' }).state.screen).toBe('enterCode');
    const confirming = at('confirm', { ticket: 'singleNormal', code });
    expect(purchaseStep(config, confirming, { type: 'confirm', now: 42 }).state).toEqual({
      screen: 'ticket',
      ticket: 'singleNormal',
      boughtAt: 42,
      code: undefined,
    });
    expect(purchaseStep(config, confirming, { type: 'reject' })).toEqual({
      state: { screen: 'summary', ticket: 'singleNormal', code: undefined },
      note: 'rejected',
    });
  });
});
