// UI half of the 'gateway-login' simulation: a pretend browser with an address bar, showing an office
// service, the login.gov.pl-like gateway and the pretend screens of each login method (trusted profile
// with an SMS code, a bank, the e-dowód, the mObywatel app). Optionally it starts on a fake copy at a
// wrong address. The rules are in gateway-login-logic.ts; the screens in gateway-login-screens.tsx.
import '@/features/learn/practice/gateway-login/styles.css';
import { useTranslation } from 'react-i18next';
import type { GatewayLoginConfig } from '@/content/simulations/gateway-login';
import {
  addressOf,
  type GatewayAction,
  type GatewayProblem,
  type GatewayState,
  gatewayStart,
  gatewayStep,
  makeCode,
} from '@/features/learn/practice/gateway-login/logic';
import { GatewayScreenBody } from '@/features/learn/practice/gateway-login/screens';
import { SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import {
  headingOnNewScreen,
  useSimulation,
  type WithProblem,
  withProblems,
} from '@/features/learn/practice/kit/use-simulation';

/** Problems with their own hint in sim-gateway-login `hints.<problem>`; the rest use the step's hint. */
const SPECIFIC_HINTS = ['fakeLogin', 'wrongAddress', 'gaveCode', 'pinIsPin2'] as const;
type HintedProblem = (typeof SPECIFIC_HINTS)[number];
const hasHint = (found: GatewayProblem): found is HintedProblem =>
  (SPECIFIC_HINTS as readonly GatewayProblem[]).includes(found);

export function GatewayLogin(props: SimulationProps<GatewayLoginConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-gateway-login');
  const sim = useSimulation(props, {
    start: (): WithProblem<GatewayState, GatewayProblem> => ({ at: gatewayStart(config, makeCode()) }),
    step: withProblems<GatewayState, GatewayAction, GatewayProblem>(
      (before, action) => gatewayStep(config, before, action),
      (found) => (hasHint(found) ? t(`hints.${found}`) : undefined),
    ),
    finished: (current) => current.at.screen === 'loggedIn',
    focusAfter: headingOnNewScreen((current) => current.at.screen),
  });
  const { at: state, problem } = sim.state;
  const service = word('service');

  if (sim.reviewing) {
    return (
      <SimulatedApp kind="gateway-login" app={t('title')}>
        <div className="gateway-login__page">
          <h3 className="sim__heading">{t('finished.title')}</h3>
          <p>{t('finished.text', { service, method: t(`methods.${config.route}.name`) })}</p>
          {config.fake ? <p>{t('finished.fake', { host: config.fake.host })}</p> : null}
          <button type="button" className="button button--quiet" onClick={() => sim.again()}>
            {t('finished.again')}
          </button>
        </div>
      </SimulatedApp>
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
    <SimulatedApp kind="gateway-login" app={t('title')}>
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
              onClick={() => sim.act({ type: 'closePage' })}
            >
              <span aria-hidden="true">✕</span> {t('browser.close')}
            </button>
          ) : null}
        </div>
        <div className="gateway-login__status" role="status">
          {problem ? (
            <p key={sim.tries} className="gateway-login__problem">
              {problemText}
            </p>
          ) : null}
        </div>
        <div className="gateway-login__page">
          <GatewayScreenBody
            config={config}
            state={state}
            service={service}
            headingRef={sim.focusRef('heading')}
            act={sim.act}
          />
        </div>
      </div>
    </SimulatedApp>
  );
}
