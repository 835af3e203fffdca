// Pure logic of the 'ticket-purchase' simulation: the screens of the made-up ticket app and bank app,
// the checks of the chosen city and ticket, and the BLIK code (six digits, valid two minutes:
// FACTS.md M2.11). Time comes in as an argument, so the rules are tested without waiting.
import type { TicketOption, TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';

/** Digits in a BLIK code (FACTS.md M2.11). */
export const BLIK_CODE_LENGTH = 6;
/** How long a BLIK code is valid, in seconds: two minutes, as in the real world (FACTS.md M2.11). */
export const BLIK_CODE_SECONDS = 120;

export type BlikCode = { digits: string; issuedAt: number };

/** A fresh code from `random` (0 ≤ x < 1), issued at `now` (ms). */
export function newBlikCode(random: () => number, now: number): BlikCode {
  let digits = '';
  for (let index = 0; index < BLIK_CODE_LENGTH; index += 1) digits += Math.floor(random() * 10).toString();
  return { digits, issuedAt: now };
}

/** Whole seconds the code is still valid at `now`, never below 0. */
export function secondsLeft(code: BlikCode, now: number): number {
  return Math.max(0, Math.ceil(BLIK_CODE_SECONDS - (now - code.issuedAt) / 1000));
}

/** `1:05` for 65 seconds. */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${(seconds % 60).toString().padStart(2, '0')}`;
}

/** The code as a bank app shows it: two groups of three, `482 913`. */
export function groupDigits(digits: string): string {
  return digits.length === BLIK_CODE_LENGTH ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits;
}

export type TicketVerdict = 'right' | 'noReducedRight' | 'hasReducedRight' | 'wrongKind';

/** Whether a ticket fits the situation, and if not, why. */
export function judgeTicket(config: TicketPurchaseConfig, ticketId: string): TicketVerdict {
  if (ticketId === config.expected) return 'right';
  const chosen = config.tickets.find((entry) => entry.id === ticketId);
  if (chosen?.fare === 'reduced' && !config.reducedRight) return 'noReducedRight';
  if (chosen?.fare === 'normal' && config.reducedRight) return 'hasReducedRight';
  return 'wrongKind';
}

/** When a ticket bought at `boughtAt` (ms) stops being valid, for time tickets. */
export function validUntil(ticket: TicketOption, boughtAt: number): number | undefined {
  return ticket.type === 'time' && ticket.minutes ? boughtAt + ticket.minutes * 60_000 : undefined;
}

/** A control code shown on the ticket, like `KX4-82M`: made from the purchase, without ambiguous letters. */
export function controlCode(seed: string): string {
  const alphabet = 'ACEFHJKLMNPRTVWXY34679';
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  let code = '';
  for (let index = 0; index < 6; index += 1) {
    code += alphabet[hash % alphabet.length];
    hash = Math.floor(hash / alphabet.length) || Math.imul(hash + index + 7, 2654435761) >>> 0;
  }
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export type Screen = 'home' | 'cities' | 'tickets' | 'summary' | 'enterCode' | 'bank' | 'confirm' | 'ticket';

export type PurchaseState = {
  screen: Screen;
  ticket?: string;
  code?: BlikCode;
  /** When the payment was confirmed (ms): the ticket is valid from then. */
  boughtAt?: number;
};

/** What the learner is told after an action: problems are mistakes, notes are not. */
export type Problem =
  | 'offTask'
  | 'wrongCity'
  | 'noReducedRight'
  | 'hasReducedRight'
  | 'wrongKind'
  | 'codeEmpty'
  | 'codeNotDigits'
  | 'codeLength'
  | 'codeWrong'
  | 'noCode';
export type Note = 'codeExpired' | 'rejected';

/** Problems whose message is also the best hint after the second mistake. */
export const SPECIFIC_HINTS: readonly Problem[] = [
  'wrongCity',
  'noReducedRight',
  'hasReducedRight',
  'wrongKind',
];

export type PurchaseAction =
  | { type: 'open'; to: 'transport' | 'parking' }
  | { type: 'city'; city: string }
  | { type: 'ticket'; ticket: string }
  | { type: 'back' }
  | { type: 'pay' }
  | { type: 'openBank' }
  | { type: 'newCode'; code: BlikCode }
  | { type: 'backToShop' }
  | { type: 'submitCode'; typed: string; now: number }
  | { type: 'confirm'; now: number }
  | { type: 'reject' }
  | { type: 'restart' };

export type PurchaseResult = { state: PurchaseState; problem?: Problem; note?: Note };

export const START: PurchaseState = { screen: 'home' };

const BACK: Partial<Record<Screen, Screen>> = {
  cities: 'home',
  tickets: 'cities',
  summary: 'tickets',
  enterCode: 'summary',
  bank: 'enterCode',
};

/** The next state after an action, with the problem (a mistake) or note it gives rise to. */
export function purchaseStep(
  config: TicketPurchaseConfig,
  state: PurchaseState,
  action: PurchaseAction,
): PurchaseResult {
  switch (action.type) {
    case 'restart':
      return { state: START };
    case 'open':
      if (action.to === 'parking') return { state, problem: 'offTask' };
      return { state: { ...state, screen: 'cities' } };
    case 'city':
      if (action.city !== config.city) return { state, problem: 'wrongCity' };
      return { state: { ...state, screen: 'tickets' } };
    case 'ticket': {
      const verdict = judgeTicket(config, action.ticket);
      if (verdict !== 'right') return { state, problem: verdict };
      return { state: { ...state, screen: 'summary', ticket: action.ticket } };
    }
    case 'back': {
      const previous = BACK[state.screen];
      return { state: previous ? { ...state, screen: previous } : state };
    }
    case 'pay':
      return { state: { ...state, screen: 'enterCode' } };
    case 'openBank':
      return { state: { ...state, screen: 'bank' } };
    case 'newCode':
      return { state: { ...state, code: action.code } };
    case 'backToShop':
      return { state: { ...state, screen: 'enterCode' } };
    case 'submitCode': {
      const typed = action.typed.replace(/\s+/g, '');
      if (typed === '') return { state, problem: 'codeEmpty' };
      if (!/^\d+$/.test(typed)) return { state, problem: 'codeNotDigits' };
      if (typed.length !== BLIK_CODE_LENGTH) return { state, problem: 'codeLength' };
      if (!state.code) return { state, problem: 'noCode' };
      if (typed !== state.code.digits) return { state, problem: 'codeWrong' };
      // The right code, but too late: not the learner's fault, so no mistake; a new code is one tap away.
      if (secondsLeft(state.code, action.now) === 0) return { state, note: 'codeExpired' };
      return { state: { ...state, screen: 'confirm' } };
    }
    case 'confirm':
      // A used code is gone, as in the real world: the next purchase needs a new one.
      return { state: { ...state, screen: 'ticket', boughtAt: action.now, code: undefined } };
    case 'reject':
      return { state: { ...state, screen: 'summary', code: undefined }, note: 'rejected' };
  }
}
