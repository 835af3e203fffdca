import { describe, expect, it } from 'vitest';
import type { GatewayLoginConfig } from '@/content/simulations/gateway-login';
import {
  addressOf,
  type GatewayAction,
  type GatewayState,
  gatewayStart,
  gatewayStep,
  makeCode,
  plainAddress,
} from '@/features/learn/practice/gateway-login/logic';

const bank: GatewayLoginConfig = { kind: 'gateway-login', route: 'bank', serviceHost: 'mobywatel.gov.pl' };
const profile: GatewayLoginConfig = { ...bank, route: 'trustedProfile', askForCode: true };
const card: GatewayLoginConfig = { ...bank, route: 'eDowod' };
const app: GatewayLoginConfig = { ...bank, route: 'mObywatel' };
const fake: GatewayLoginConfig = {
  ...bank,
  fake: {
    host: 'login.gov.pl-weryfikacja.com',
    choices: ['mobywatel.gov.pl-logowanie.com', 'mobywatel.gov.pl'],
  },
};

/** Runs actions in order; every one must succeed. */
function run(config: GatewayLoginConfig, actions: GatewayAction[], from?: GatewayState): GatewayState {
  let state = from ?? gatewayStart(config, '123456');
  for (const action of actions) {
    const result = gatewayStep(config, state, action);
    expect(result.problem, JSON.stringify(action)).toBeUndefined();
    state = result.state;
  }
  return state;
}

describe('gatewayStep', () => {
  it('logs in through a bank: service, gateway, bank, its login page, the confirmation', () => {
    const state = run(bank, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'bank' },
      { type: 'chooseBank', bank: 'debowy' },
      { type: 'submitLogin', login: 'jan', password: 'x' },
      { type: 'confirm' },
    ]);
    expect(state.screen).toBe('loggedIn');
    expect(state.bank).toBe('debowy');
    expect(addressOf(bank, state)).toBe('mobywatel.gov.pl');
  });

  it('shows the address of each screen: the service, the gateway, the bank', () => {
    let state = gatewayStart(bank, '1');
    expect(addressOf(bank, state)).toBe('mobywatel.gov.pl');
    state = run(bank, [{ type: 'startLogin' }], state);
    expect(addressOf(bank, state)).toBe('login.gov.pl');
    state = run(
      bank,
      [
        { type: 'chooseMethod', method: 'bank' },
        { type: 'chooseBank', bank: 'lipowy' },
      ],
      state,
    );
    // The bank's own address is what the learner checks before typing the bank password.
    expect(addressOf(bank, state)).toBe('bank-lipowy.pl');
  });

  it('counts another method than the task asks for as a mistake and stays on the gateway', () => {
    const state = run(bank, [{ type: 'startLogin' }]);
    const result = gatewayStep(bank, state, { type: 'chooseMethod', method: 'eDowod' });
    expect(result).toEqual({ state, problem: 'wrongMethod' });
  });

  it('refuses an empty login and a rejected confirmation', () => {
    const atLogin = run(bank, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'bank' },
      { type: 'chooseBank', bank: 'lipowy' },
    ]);
    expect(gatewayStep(bank, atLogin, { type: 'submitLogin', login: ' ', password: 'x' }).problem).toBe(
      'loginEmpty',
    );
    const atConfirm = run(bank, [{ type: 'submitLogin', login: 'jan', password: 'x' }], atLogin);
    expect(gatewayStep(bank, atConfirm, { type: 'reject' }).problem).toBe('rejected');
  });

  it('asks for the SMS code after a caller is refused; giving it away is a mistake', () => {
    const caller = run(profile, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'trustedProfile' },
      { type: 'submitLogin', login: 'jan', password: 'x' },
    ]);
    expect(caller.screen).toBe('profileCaller');
    expect(gatewayStep(profile, caller, { type: 'giveCode' }).problem).toBe('gaveCode');
    const atCode = run(profile, [{ type: 'refuseCode' }], caller);
    expect(gatewayStep(profile, atCode, { type: 'submitCode', code: '' }).problem).toBe('codeEmpty');
    expect(gatewayStep(profile, atCode, { type: 'submitCode', code: '654321' }).problem).toBe('codeWrong');
    expect(run(profile, [{ type: 'submitCode', code: '123 456' }], atCode).screen).toBe('loggedIn');
  });

  it('goes straight to the code without a caller when none is configured', () => {
    const config = { ...profile, askForCode: false };
    const state = run(config, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'trustedProfile' },
      { type: 'submitLogin', login: 'jan', password: 'x' },
    ]);
    expect(state.screen).toBe('profileCode');
  });

  it('goes through the eDO App: "Użyj eDO App", confirm, the 6-digit CAN, then the card', () => {
    const atApp = run(card, [{ type: 'startLogin' }, { type: 'chooseMethod', method: 'eDowod' }]);
    expect(atApp.screen).toBe('cardApp');
    const atConfirm = run(card, [{ type: 'useEdoApp' }], atApp);
    expect(atConfirm.screen).toBe('cardConfirm');
    expect(gatewayStep(card, atConfirm, { type: 'reject' }).problem).toBe('rejected');
    const atCan = run(card, [{ type: 'confirm' }], atConfirm);
    expect(atCan.screen).toBe('cardCan');
    expect(gatewayStep(card, atCan, { type: 'submitCan', can: '1234' }).problem).toBe('canLength');
    expect(gatewayStep(card, atCan, { type: 'submitCan', can: '12345a' }).problem).toBe('canLength');
    expect(run(card, [{ type: 'submitCan', can: '123 456' }], atCan).screen).toBe('cardTap');
  });

  it('accepts PIN1 of the e-dowód and explains PIN2 and other lengths', () => {
    const atPin = run(card, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'eDowod' },
      { type: 'useEdoApp' },
      { type: 'confirm' },
      { type: 'submitCan', can: '123456' },
      { type: 'tapCard' },
    ]);
    expect(gatewayStep(card, atPin, { type: 'submitPin', pin: '123456' }).problem).toBe('pinIsPin2');
    expect(gatewayStep(card, atPin, { type: 'submitPin', pin: '12' }).problem).toBe('pinLength');
    expect(gatewayStep(card, atPin, { type: 'submitPin', pin: '12a4' }).problem).toBe('pinDigits');
    expect(gatewayStep(card, atPin, { type: 'submitPin', pin: '' }).problem).toBe('pinDigits');
    expect(run(card, [{ type: 'submitPin', pin: '1234' }], atPin).screen).toBe('loggedIn');
  });

  it('confirms in the mObywatel app, and goes back to the methods from a method screen', () => {
    const atApp = run(app, [{ type: 'startLogin' }, { type: 'chooseMethod', method: 'mObywatel' }]);
    expect(atApp.screen).toBe('appConfirm');
    expect(run(app, [{ type: 'back' }], atApp).screen).toBe('gateway');
    expect(gatewayStep(app, atApp, { type: 'reject' }).problem).toBe('rejected');
    expect(run(app, [{ type: 'confirm' }], atApp).screen).toBe('loggedIn');
  });

  it('starts on the fake page, where logging in is a mistake; leaving opens a new tab for the service', () => {
    const start = gatewayStart(fake, '1');
    expect(start.screen).toBe('fake');
    expect(addressOf(fake, start)).toBe('login.gov.pl-weryfikacja.com');
    expect(gatewayStep(fake, start, { type: 'chooseMethod', method: 'bank' }).problem).toBe('fakeLogin');
    const tab = run(fake, [{ type: 'closePage' }], start);
    expect(tab.screen).toBe('newTab');
    expect(
      gatewayStep(fake, tab, { type: 'openAddress', host: 'mobywatel.gov.pl-logowanie.com' }).problem,
    ).toBe('wrongAddress');
    // Nobody types the gateway's address: the learner opens the service and logs in from there.
    expect(gatewayStep(fake, tab, { type: 'openAddress', host: 'login.gov.pl' }).problem).toBe(
      'wrongAddress',
    );
    const service = run(fake, [{ type: 'openAddress', host: 'https://mobywatel.gov.pl/' }], tab);
    expect(service.screen).toBe('service');
    expect(run(fake, [{ type: 'startLogin' }], service).screen).toBe('gateway');
  });

  it('counts closing a real page as a mistake, but not after logging in', () => {
    const gateway = run(bank, [{ type: 'startLogin' }]);
    expect(gatewayStep(bank, gateway, { type: 'closePage' }).problem).toBe('closeReal');
    const done = run(app, [
      { type: 'startLogin' },
      { type: 'chooseMethod', method: 'mObywatel' },
      { type: 'confirm' },
    ]);
    expect(gatewayStep(app, done, { type: 'closePage' })).toEqual({ state: done });
  });

  it('starts over on restart, keeping the code', () => {
    const state = run(fake, [{ type: 'closePage' }]);
    expect(gatewayStep(fake, state, { type: 'restart' }).state).toEqual(gatewayStart(fake, '123456'));
  });
});

describe('plainAddress and makeCode', () => {
  it('drops the scheme, www. and a trailing slash', () => {
    expect(plainAddress(' HTTPS://www.Login.gov.pl/ ')).toBe('login.gov.pl');
  });

  it('makes six digits', () => {
    expect(makeCode(() => 0)).toBe('100000');
    expect(makeCode(() => 0.999999)).toMatch(/^\d{6}$/);
  });
});
