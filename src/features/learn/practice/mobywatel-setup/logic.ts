// Pure logic of the 'mobywatel-setup' simulation: the screens of the pretend mObywatel app and what
// each action does there. A wrong action returns a problem (a mistake with its own hint) and leaves
// the screen as it was.
import type { MobywatelTask } from '@/content/simulations/mobywatel-setup';

export type MobywatelScreen =
  | 'terms'
  | 'password'
  /** The documents tab: empty until the mDowód is added. */
  | 'documents'
  | 'addDocument'
  /** A pretend trusted-profile login that confirms who the learner is. */
  | 'identity'
  /** The trusted profile confirms the login with a code sent by SMS (FACTS.md M1.4). */
  | 'identityCode'
  | 'services'
  | 'pesel';

/** The services listed in the app's services tab, in order. */
export const SERVICES = ['eDelivery', 'pesel', 'settings'] as const;
export type ServiceId = (typeof SERVICES)[number];

/** `on`: the PESEL is reserved; `lifted`: the reservation is lifted until `until`, then comes back. */
export type PeselStatus = 'off' | 'on' | 'lifted';

/** A lifted reservation can be switched on again by hand only after 30 minutes (FACTS.md M1.6). */
export const RESTORE_AFTER_MS = 30 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/**
 * The app lifts a reservation for a set time, after which it comes back by itself (FACTS.md M1.6
 * [E24]): the choices offered, in hours. A learner who may forget need not switch it on again.
 */
export const LIFT_FOR_HOURS = [1, 24, 168] as const;
export type LiftHours = (typeof LIFT_FOR_HOURS)[number];
/** How long before the practice starts the reservation of the `lift` task was made: 30 days. */
const EARLIER_MS = 30 * 24 * 60 * 60 * 1000;

/** The practice password rules, stated plainly on the screen. */
export const PASSWORD_MIN_LENGTH = 8;

export type MobywatelState = {
  screen: MobywatelScreen;
  hasDocument: boolean;
  pesel: PeselStatus;
  /** When the reservation was switched on or lifted (ms since 1970), for the status line. */
  changedAt?: number;
  /** A lifted reservation comes back by itself at this time (ms since 1970). */
  until?: number;
  /** A question waits for an answer: switch the reservation on, or lift it. */
  confirming?: 'block' | 'lift';
  /** The SMS code of the trusted-profile confirmation, made when the practice starts. */
  code: string;
  finished: boolean;
};

export type MobywatelProblem =
  | 'termsNotAccepted'
  | 'passwordEmpty'
  | 'passwordShort'
  | 'passwordNoLetter'
  | 'passwordNoDigit'
  | 'passwordMismatch'
  | 'documentFirst'
  | 'identityEmpty'
  | 'codeEmpty'
  | 'codeWrong'
  | 'wrongService'
  | 'cancelled'
  | 'tooSoon'
  | 'alreadyOn';

export type MobywatelAction =
  | { type: 'acceptTerms'; accepted: boolean }
  | { type: 'setPassword'; password: string; repeat: string }
  | { type: 'openTab'; tab: 'documents' | 'services' }
  | { type: 'addDocument' }
  | { type: 'startIdentity' }
  | { type: 'submitIdentity'; login: string; password: string }
  | { type: 'submitCode'; code: string }
  | { type: 'openService'; service: ServiceId }
  | { type: 'back' }
  | { type: 'toggle'; at: number }
  /** Answers the question; lifting needs the time it lasts. */
  | { type: 'confirm'; at: number; hours?: LiftHours }
  | { type: 'cancel' };

export type MobywatelResult = { state: MobywatelState; problem?: MobywatelProblem };

/** The first screen of each task: a new app for `setup`, the set-up app with the mDowód otherwise. */
export function mobywatelStart(task: MobywatelTask, now: number, code = '483920'): MobywatelState {
  if (task === 'setup') return { screen: 'terms', hasDocument: false, pesel: 'off', code, finished: false };
  return {
    screen: 'documents',
    hasDocument: true,
    pesel: task === 'lift' ? 'on' : 'off',
    changedAt: task === 'lift' ? now - EARLIER_MS : undefined,
    code,
    finished: false,
  };
}

/** The first rule the password breaks, or undefined when it keeps them all. */
export function passwordProblem(password: string): MobywatelProblem | undefined {
  if (!password) return 'passwordEmpty';
  if (password.length < PASSWORD_MIN_LENGTH) return 'passwordShort';
  if (!/\p{L}/u.test(password)) return 'passwordNoLetter';
  if (!/\d/.test(password)) return 'passwordNoDigit';
  return undefined;
}

/** Which of the rules the password keeps so far, for the list under the field. */
export function passwordRules(password: string): { length: boolean; letter: boolean; digit: boolean } {
  return {
    length: password.length >= PASSWORD_MIN_LENGTH,
    letter: /\p{L}/u.test(password),
    digit: /\d/.test(password),
  };
}

/** The next state after an action, with the problem if the action was a mistake. */
export function mobywatelStep(
  task: MobywatelTask,
  state: MobywatelState,
  action: MobywatelAction,
): MobywatelResult {
  const go = (screen: MobywatelScreen, extra: Partial<MobywatelState> = {}): MobywatelResult => ({
    state: { ...state, ...extra, screen },
  });
  const problem = (found: MobywatelProblem): MobywatelResult => ({ state, problem: found });

  switch (action.type) {
    case 'acceptTerms':
      if (state.screen !== 'terms') return { state };
      return action.accepted ? go('password') : problem('termsNotAccepted');
    case 'setPassword': {
      if (state.screen !== 'password') return { state };
      const found = passwordProblem(action.password);
      if (found) return problem(found);
      return action.repeat === action.password ? go('documents') : problem('passwordMismatch');
    }
    case 'openTab':
      if (!['documents', 'services', 'pesel'].includes(state.screen)) return { state };
      if (action.tab === 'services' && !state.hasDocument) return problem('documentFirst');
      return go(action.tab, { confirming: undefined });
    case 'addDocument':
      return state.screen === 'documents' && !state.hasDocument ? go('addDocument') : { state };
    case 'startIdentity':
      return state.screen === 'addDocument' ? go('identity') : { state };
    case 'submitIdentity':
      if (state.screen !== 'identity') return { state };
      if (!action.login.trim() || !action.password) return problem('identityEmpty');
      return go('identityCode');
    case 'submitCode': {
      if (state.screen !== 'identityCode') return { state };
      const typed = action.code.replace(/\s+/g, '');
      if (!typed) return problem('codeEmpty');
      if (typed !== state.code) return problem('codeWrong');
      return go('documents', { hasDocument: true, finished: task === 'setup' });
    }
    case 'openService':
      if (state.screen !== 'services') return { state };
      return action.service === 'pesel' ? go('pesel') : problem('wrongService');
    case 'back':
      if (state.screen === 'addDocument') return go('documents');
      if (state.screen === 'identity' || state.screen === 'identityCode') return go('addDocument');
      if (state.screen === 'pesel') return go('services', { confirming: undefined });
      return { state };
    default:
      break;
  }

  if (state.screen !== 'pesel') return { state };
  switch (action.type) {
    case 'toggle':
      if (state.confirming) return { state };
      if (state.pesel === 'on')
        return task === 'lift' ? go('pesel', { confirming: 'lift' }) : problem('alreadyOn');
      if (state.pesel === 'lifted' && action.at - (state.changedAt ?? 0) < RESTORE_AFTER_MS)
        return problem('tooSoon');
      return go('pesel', { confirming: 'block' });
    case 'cancel':
      return state.confirming
        ? { state: { ...state, confirming: undefined }, problem: 'cancelled' }
        : { state };
    case 'confirm': {
      if (!state.confirming) return { state };
      const at = action.at;
      if (state.confirming === 'lift') {
        if (!action.hours) return { state };
        return go('pesel', {
          pesel: 'lifted',
          changedAt: at,
          until: at + action.hours * HOUR_MS,
          confirming: undefined,
          finished: true,
        });
      }
      return go('pesel', {
        pesel: 'on',
        changedAt: at,
        until: undefined,
        confirming: undefined,
        finished: true,
      });
    }
    default:
      return { state };
  }
}
