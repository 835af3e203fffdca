// UI half of the 'gateway-login' simulation: a pretend browser with an address bar, showing an office
// service, the login.gov.pl-like gateway and the pretend screens of each login method (trusted profile
// with an SMS code, a bank, the e-dowód, the mObywatel app). Optionally it starts on a fake copy at a
// wrong address. The rules are in gateway-login-logic.ts; the screens in gateway-login-screens.tsx.
import '@/features/learn/practice/gateway-login/styles.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatewayLoginConfig } from '@/content/simulations/gateway-login';
import {
  addressOf,
  type GatewayAction,
  type GatewayProblem,
  gatewayStart,
  gatewayStep,
  makeCode,
} from '@/features/learn/practice/gateway-login/logic';
import { GatewayScreenBody } from '@/features/learn/practice/gateway-login/screens';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';

/** Problems with their own hint in sim-gateway-login `hints.<problem>`; the rest use the step's hint. */
const SPECIFIC_HINTS = ['fakeLogin', 'wrongAddress', 'gaveCode', 'pinIsPin2'] as const;
type HintedProblem = (typeof SPECIFIC_HINTS)[number];
const hasHint = (found: GatewayProblem): found is HintedProblem =>
  (SPECIFIC_HINTS as readonly GatewayProblem[]).includes(found);

export function GatewayLogin({
  config,
  word,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<GatewayLoginConfig>) {
  const { t } = useTranslation('sim-gateway-login');
  const [state, setState] = useState(() => gatewayStart(config, makeCode()));
  const [reviewing, setReviewing] = useState(completed);
  const [problem, setProblem] = useState<GatewayProblem>();
  // Counts wrong tries, so the same message is announced again on a second wrong try.
  const [tries, setTries] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // The heading of each new screen takes focus, so screen readers announce where the learner is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change by design.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [state.screen, reviewing]);

  const service = word('service');

  function act(action: GatewayAction) {
    const result = gatewayStep(config, state, action);
    moved.current = true;
    if (result.problem) {
      setProblem(result.problem);
      setTries((count) => count + 1);
      onMistake(hasHint(result.problem) ? t(`hints.${result.problem}`) : undefined);
      return;
    }
    setProblem(undefined);
    setState(result.state);
    if (result.state.screen === 'loggedIn' && state.screen !== 'loggedIn' && !completed) onComplete();
  }

  if (reviewing) {
    return (
      <div className="sim gateway-login">
        <p className="sim__app">{t('title')}</p>
        <div className="gateway-login__page">
          <h3 className="sim__heading">{t('finished.title')}</h3>
          <p>{t('finished.text', { service, method: t(`methods.${config.route}.name`) })}</p>
          {config.fake ? <p>{t('finished.fake', { host: config.fake.host })}</p> : null}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setReviewing(false);
              moved.current = true;
              setState(gatewayStart(config, makeCode()));
            }}
          >
            {t('finished.again')}
          </button>
        </div>
      </div>
    );
  }

  const address = addressOf(config, state);
  const problemText = problem
    ? t(`problems.${problem}`, {
        method: t(`methods.${config.route}.name`),
        host: address,
      })
    : '';
  return (
    <div className="sim gateway-login">
      <p className="sim__app">{t('title')}</p>
      {/* How the learner got to the fake page: outside the browser, as it happened on the phone. */}
      {state.screen === 'fake' && config.fake ? (
        <p className="gateway-login__situation">{word('situation')}</p>
      ) : null}
      <div className="gateway-login__browser">
        <div className="gateway-login__chrome">
          <p className="gateway-login__address">
            <span className="gateway-login__address-label">{t('browser.address')}</span>{' '}
            <span className="gateway-login__url" translate="no">
              {address || t('browser.noAddress')}
            </span>
          </p>
          {state.screen !== 'newTab' && state.screen !== 'loggedIn' ? (
            <button
              type="button"
              className="button button--quiet gateway-login__close"
              onClick={() => act({ type: 'closePage' })}
            >
              <span aria-hidden="true">✕</span> {t('browser.close')}
            </button>
          ) : null}
        </div>
        <div className="gateway-login__status" role="status">
          {problem ? (
            <p key={tries} className="gateway-login__problem">
              {problemText}
            </p>
          ) : null}
        </div>
        <div className="gateway-login__page">
          <GatewayScreenBody
            config={config}
            state={state}
            service={service}
            headingRef={headingRef}
            act={act}
          />
        </div>
      </div>
    </div>
  );
}
