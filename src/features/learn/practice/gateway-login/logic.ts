// Pure logic of the 'gateway-login' simulation: which screen of the pretend browser is shown and what
// each action does there. A wrong action returns a problem (a mistake, with its own hint) and leaves
// the screen as it was, so the learner can try again.
import { GATEWAY_HOST, type GatewayLoginConfig, type LoginMethod } from '@/content/simulations/gateway-login';

export type GatewayScreen =
  /** A copy of the gateway at a wrong address, opened from a link in a message. */
  | 'fake'
  /** A new browser tab: the learner chooses which address to open. */
  | 'newTab'
  /** The service's page before logging in. */
  | 'service'
  /** login.gov.pl: choose how to log in. */
  | 'gateway'
  | 'profileLogin'
  | 'profileCaller'
  | 'profileCode'
  | 'bankList'
  | 'bankLogin'
  | 'bankConfirm'
  /** e-dowód: the gateway offers the eDO App on a phone with NFC (FACTS.md M1.5 [E32][E33]). */
  | 'cardApp'
  /** The eDO App asks to confirm the login. */
  | 'cardConfirm'
  /** The eDO App asks for the card's CAN number (6 digits, bottom right on the front). */
  | 'cardCan'
  | 'cardTap'
  | 'cardPin'
  | 'appConfirm'
  /** Back at the service, logged in: the goal. */
  | 'loggedIn';

/** The pretend banks of the bank list (their names are in sim-gateway-login `banks.<id>`). */
export const BANKS = ['lipowy', 'debowy', 'klonowy'] as const;
export type BankId = (typeof BANKS)[number];

/** PIN1 of an e-dowód has 4 digits (logging in); PIN2 has 6 (signing) — FACTS.md M1.5. */
export const PIN1_LENGTH = 4;
export const PIN2_LENGTH = 6;
/** The CAN number printed on the front of an e-dowód has 6 digits (FACTS.md M1.5). */
export const CAN_LENGTH = 6;

export type GatewayState = {
  screen: GatewayScreen;
  /** The SMS code of the trusted-profile login, made when the screen starts. */
  code: string;
  bank?: BankId;
};

export type GatewayProblem =
  | 'fakeLogin'
  | 'closeReal'
  | 'wrongAddress'
  | 'wrongMethod'
  | 'loginEmpty'
  | 'gaveCode'
  | 'codeEmpty'
  | 'codeWrong'
  | 'pinDigits'
  | 'pinIsPin2'
  | 'pinLength'
  | 'canLength'
  | 'rejected';

export type GatewayAction =
  | { type: 'closePage' }
  | { type: 'openAddress'; host: string }
  | { type: 'startLogin' }
  | { type: 'chooseMethod'; method: LoginMethod }
  | { type: 'back' }
  | { type: 'submitLogin'; login: string; password: string }
  | { type: 'refuseCode' }
  | { type: 'giveCode' }
  | { type: 'submitCode'; code: string }
  | { type: 'chooseBank'; bank: BankId }
  | { type: 'confirm' }
  | { type: 'reject' }
  | { type: 'useEdoApp' }
  | { type: 'submitCan'; can: string }
  | { type: 'tapCard' }
  | { type: 'submitPin'; pin: string }
  | { type: 'restart' };

export type GatewayResult = { state: GatewayState; problem?: GatewayProblem };

/** The first screen: the fake copy in the "spot the fake" variant, otherwise the service's page. */
export function gatewayStart(config: GatewayLoginConfig, code: string): GatewayState {
  return { screen: config.fake ? 'fake' : 'service', code };
}

/** The address shown in the address bar on a screen. */
export function addressOf(config: GatewayLoginConfig, state: GatewayState): string {
  switch (state.screen) {
    case 'fake':
      return config.fake?.host ?? GATEWAY_HOST;
    case 'newTab':
      return '';
    case 'service':
    case 'loggedIn':
      return config.serviceHost;
    case 'bankLogin':
    case 'bankConfirm':
      // The bank's own address: the thing to check before typing a bank password (FACTS.md M1 Safety).
      return bankAddress(state.bank ?? BANKS[0]);
    default:
      return GATEWAY_HOST;
  }
}

/** The pretend address of a pretend bank's own website. */
export function bankAddress(bank: BankId): string {
  return `bank-${bank}.pl`;
}

/** An address as typed or chosen, without the scheme, "www." and a trailing slash. */
export function plainAddress(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

const digitsOf = (typed: string) => typed.replace(/\s+/g, '');

/** The next state after an action, with the problem if the action was a mistake. */
export function gatewayStep(
  config: GatewayLoginConfig,
  state: GatewayState,
  action: GatewayAction,
): GatewayResult {
  const go = (screen: GatewayScreen, extra: Partial<GatewayState> = {}): GatewayResult => ({
    state: { ...state, ...extra, screen },
  });
  const problem = (found: GatewayProblem): GatewayResult => ({ state, problem: found });

  if (action.type === 'restart') return { state: gatewayStart(config, state.code) };
  if (action.type === 'closePage') {
    if (state.screen === 'fake') return go('newTab');
    // Closing a real page or the new tab does not bring the learner closer to the service.
    return state.screen === 'loggedIn' ? { state } : problem('closeReal');
  }

  switch (state.screen) {
    case 'fake':
      return action.type === 'chooseMethod' ? problem('fakeLogin') : { state };
    case 'newTab':
      // The learner types the service's own address and logs in from there (FACTS.md M1 Safety).
      if (action.type !== 'openAddress') return { state };
      return plainAddress(action.host) === config.serviceHost ? go('service') : problem('wrongAddress');
    case 'service':
      return action.type === 'startLogin' ? go('gateway') : { state };
    case 'gateway':
      if (action.type !== 'chooseMethod') return { state };
      if (action.method !== config.route) return problem('wrongMethod');
      return go(
        (
          {
            trustedProfile: 'profileLogin',
            bank: 'bankList',
            eDowod: 'cardApp',
            mObywatel: 'appConfirm',
          } as const
        )[action.method],
      );
    default:
      break;
  }

  if (action.type === 'back') return go('gateway');

  switch (state.screen) {
    case 'profileLogin':
      if (action.type !== 'submitLogin') return { state };
      if (!action.login.trim() || !action.password) return problem('loginEmpty');
      return go(config.askForCode ? 'profileCaller' : 'profileCode');
    case 'profileCaller':
      if (action.type === 'giveCode') return problem('gaveCode');
      return action.type === 'refuseCode' ? go('profileCode') : { state };
    case 'profileCode': {
      if (action.type !== 'submitCode') return { state };
      const typed = digitsOf(action.code);
      if (!typed) return problem('codeEmpty');
      return typed === state.code ? go('loggedIn') : problem('codeWrong');
    }
    case 'bankList':
      return action.type === 'chooseBank' ? go('bankLogin', { bank: action.bank }) : { state };
    case 'bankLogin':
      if (action.type !== 'submitLogin') return { state };
      if (!action.login.trim() || !action.password) return problem('loginEmpty');
      return go('bankConfirm');
    case 'bankConfirm':
    case 'appConfirm':
      if (action.type === 'reject') return problem('rejected');
      return action.type === 'confirm' ? go('loggedIn') : { state };
    case 'cardApp':
      return action.type === 'useEdoApp' ? go('cardConfirm') : { state };
    case 'cardConfirm':
      if (action.type === 'reject') return problem('rejected');
      return action.type === 'confirm' ? go('cardCan') : { state };
    case 'cardCan': {
      if (action.type !== 'submitCan') return { state };
      const can = digitsOf(action.can);
      return /^\d+$/.test(can) && can.length === CAN_LENGTH ? go('cardTap') : problem('canLength');
    }
    case 'cardTap':
      return action.type === 'tapCard' ? go('cardPin') : { state };
    case 'cardPin': {
      if (action.type !== 'submitPin') return { state };
      const pin = digitsOf(action.pin);
      if (!/^\d+$/.test(pin)) return problem('pinDigits');
      if (pin.length === PIN2_LENGTH) return problem('pinIsPin2');
      if (pin.length !== PIN1_LENGTH) return problem('pinLength');
      return go('loggedIn');
    }
    default:
      return { state };
  }
}

/** A six-digit one-time code, as a bank or the gateway sends by SMS. */
export function makeCode(random: () => number = Math.random): string {
  return String(Math.floor(random() * 900_000) + 100_000);
}
