import { describe, expect, it } from 'vitest';
import type { MobywatelTask } from '@/content/simulations/mobywatel-setup';
import {
  type MobywatelAction,
  type MobywatelState,
  mobywatelStart,
  mobywatelStep,
  passwordProblem,
  passwordRules,
  RESTORE_AFTER_MS,
} from '@/features/learn/practice/mobywatel-setup/logic';

const NOW = Date.UTC(2026, 10, 29, 10, 0);

function run(task: MobywatelTask, actions: MobywatelAction[], from?: MobywatelState): MobywatelState {
  let state = from ?? mobywatelStart(task, NOW);
  for (const action of actions) {
    const result = mobywatelStep(task, state, action);
    expect(result.problem, JSON.stringify(action)).toBeUndefined();
    state = result.state;
  }
  return state;
}

describe('passwordProblem', () => {
  it('names the first rule broken', () => {
    expect(passwordProblem('')).toBe('passwordEmpty');
    expect(passwordProblem('abc1')).toBe('passwordShort');
    expect(passwordProblem('12345678')).toBe('passwordNoLetter');
    expect(passwordProblem('Różanecz')).toBe('passwordNoDigit');
    expect(passwordProblem('Różany77')).toBeUndefined();
  });

  it('lists which rules are kept so far', () => {
    expect(passwordRules('ab1')).toEqual({ length: false, letter: true, digit: true });
  });
});

describe('mobywatelStep: setup', () => {
  it('goes from the terms to the mDowód on the home screen', () => {
    const state = run('setup', [
      { type: 'acceptTerms', accepted: true },
      { type: 'setPassword', password: 'Lipa2026', repeat: 'Lipa2026' },
      { type: 'addDocument' },
      { type: 'startIdentity' },
      { type: 'submitIdentity', login: 'jan', password: 'x' },
    ]);
    // The trusted profile confirms the login with the SMS code before the document is added.
    expect(state).toMatchObject({ screen: 'identityCode', hasDocument: false, finished: false });
    expect(mobywatelStep('setup', state, { type: 'submitCode', code: '' }).problem).toBe('codeEmpty');
    expect(mobywatelStep('setup', state, { type: 'submitCode', code: '000000' }).problem).toBe('codeWrong');
    const added = mobywatelStep('setup', state, { type: 'submitCode', code: ` ${state.code} ` }).state;
    expect(added).toMatchObject({ screen: 'documents', hasDocument: true, finished: true });
  });

  it('needs the terms accepted and the same password twice', () => {
    const start = mobywatelStart('setup', NOW);
    expect(mobywatelStep('setup', start, { type: 'acceptTerms', accepted: false }).problem).toBe(
      'termsNotAccepted',
    );
    const atPassword = run('setup', [{ type: 'acceptTerms', accepted: true }]);
    const mismatch = mobywatelStep('setup', atPassword, {
      type: 'setPassword',
      password: 'Lipa2026',
      repeat: 'Lipa2025',
    });
    expect(mismatch).toEqual({ state: atPassword, problem: 'passwordMismatch' });
    expect(
      mobywatelStep('setup', atPassword, { type: 'setPassword', password: 'lipa', repeat: 'lipa' }).problem,
    ).toBe('passwordShort');
  });

  it('keeps the services closed until the document is added, and refuses an empty login', () => {
    const home = run('setup', [
      { type: 'acceptTerms', accepted: true },
      { type: 'setPassword', password: 'Lipa2026', repeat: 'Lipa2026' },
    ]);
    expect(mobywatelStep('setup', home, { type: 'openTab', tab: 'services' }).problem).toBe('documentFirst');
    const identity = run('setup', [{ type: 'addDocument' }, { type: 'startIdentity' }], home);
    expect(
      mobywatelStep('setup', identity, { type: 'submitIdentity', login: '', password: 'x' }).problem,
    ).toBe('identityEmpty');
    expect(run('setup', [{ type: 'back' }, { type: 'back' }], identity).screen).toBe('documents');
  });
});

describe('mobywatelStep: the PESEL reservation', () => {
  it('switches it on after confirming, with the time', () => {
    const pesel = run('block', [
      { type: 'openTab', tab: 'services' },
      { type: 'openService', service: 'pesel' },
      { type: 'toggle', at: NOW },
    ]);
    expect(pesel.confirming).toBe('block');
    const on = run('block', [{ type: 'confirm', at: NOW }], pesel);
    expect(on).toMatchObject({ pesel: 'on', changedAt: NOW, finished: true, confirming: undefined });
    expect(mobywatelStep('block', on, { type: 'toggle', at: NOW }).problem).toBe('alreadyOn');
  });

  it('counts another service and a cancelled confirmation as mistakes', () => {
    const services = run('block', [{ type: 'openTab', tab: 'services' }]);
    expect(mobywatelStep('block', services, { type: 'openService', service: 'eDelivery' }).problem).toBe(
      'wrongService',
    );
    const asking = run(
      'block',
      [
        { type: 'openService', service: 'pesel' },
        { type: 'toggle', at: NOW },
      ],
      services,
    );
    const cancelled = mobywatelStep('block', asking, { type: 'cancel' });
    expect(cancelled.problem).toBe('cancelled');
    expect(cancelled.state).toMatchObject({ pesel: 'off', confirming: undefined });
  });

  it('lifts the reservation for a set time, after which it comes back by itself', () => {
    const start = mobywatelStart('lift', NOW);
    expect(start).toMatchObject({ screen: 'documents', pesel: 'on' });
    const asking = run('lift', [
      { type: 'openTab', tab: 'services' },
      { type: 'openService', service: 'pesel' },
      { type: 'toggle', at: NOW },
    ]);
    expect(asking.confirming).toBe('lift');
    // Lifting needs a time: without one nothing changes.
    expect(mobywatelStep('lift', asking, { type: 'confirm', at: NOW }).state).toBe(asking);
    const lifted = run('lift', [{ type: 'confirm', at: NOW, hours: 24 }], asking);
    expect(lifted).toMatchObject({ pesel: 'lifted', changedAt: NOW, until: NOW + 24 * 60 * 60 * 1000 });
    expect(lifted.finished).toBe(true);
    // Switching it on again by hand waits 30 minutes (FACTS.md M1.6).
    expect(mobywatelStep('lift', lifted, { type: 'toggle', at: NOW }).problem).toBe('tooSoon');
    const later = mobywatelStep('lift', lifted, { type: 'toggle', at: NOW + RESTORE_AFTER_MS }).state;
    expect(later.confirming).toBe('block');
  });
});
