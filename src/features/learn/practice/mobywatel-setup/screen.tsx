// UI half of the 'mobywatel-setup' simulation: a pretend mObywatel app ("mObywatel (ćwiczenie)") with
// its first start (terms, password, adding the mDowód) and the PESEL reservation in its services.
// The rules are in mobywatel-setup-logic.ts; the bigger screens in mobywatel-setup-screens.tsx and
// mobywatel-setup-pesel.tsx.
import '@/features/learn/practice/mobywatel-setup/styles.css';
import { useTranslation } from 'react-i18next';
import type { MobywatelSetupConfig } from '@/content/simulations/mobywatel-setup';
import { CodeForm, LoginForm, SmsBubble } from '@/features/learn/practice/gateway-login/fields';
import { makeCode } from '@/features/learn/practice/gateway-login/logic';
import { ChoiceList } from '@/features/learn/practice/kit/choice-list';
import { SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import {
  headingOnNewScreen,
  useSimulation,
  type WithProblem,
  withProblems,
} from '@/features/learn/practice/kit/use-simulation';
import {
  type MobywatelAction,
  type MobywatelProblem,
  type MobywatelState,
  mobywatelStart,
  mobywatelStep,
  SERVICES,
} from '@/features/learn/practice/mobywatel-setup/logic';
import { PeselScreen } from '@/features/learn/practice/mobywatel-setup/pesel';
import { PasswordScreen, TermsScreen } from '@/features/learn/practice/mobywatel-setup/screens';

export function MobywatelSetup(props: SimulationProps<MobywatelSetupConfig>) {
  const { config, language } = props;
  const { t } = useTranslation('sim-mobywatel-setup');
  const sim = useSimulation(props, {
    start: (): WithProblem<MobywatelState, MobywatelProblem> => ({
      at: mobywatelStart(config.task, Date.now(), makeCode()),
    }),
    step: withProblems<MobywatelState, MobywatelAction, MobywatelProblem>(
      (before, action) => mobywatelStep(config.task, before, action),
      (found) => (found === 'passwordMismatch' ? t('hints.passwordMismatch') : undefined),
    ),
    finished: (current) => current.at.finished,
    focusAfter: headingOnNewScreen((current) => current.at.screen),
  });
  const { at: state, problem } = sim.state;
  const act = sim.act;

  const heading = (text: string) => (
    <h3 ref={sim.focusRef('heading')} tabIndex={-1} className="sim__heading">
      {text}
    </h3>
  );

  if (sim.reviewing) {
    return (
      <SimulatedApp kind="mobywatel" app={t('title')}>
        <div className="mobywatel__screen">
          {heading(t('finished.title'))}
          <p>{t(`finished.${config.task}`)}</p>
          <button type="button" className="button button--quiet" onClick={() => sim.again()}>
            {t('finished.again')}
          </button>
        </div>
      </SimulatedApp>
    );
  }

  const tabs = state.screen === 'documents' || state.screen === 'services' || state.screen === 'pesel';
  const back = (
    <button type="button" className="button button--quiet" onClick={() => act({ type: 'back' })}>
      {t('back')}
    </button>
  );

  return (
    <SimulatedApp kind="mobywatel" app={t('title')}>
      <div className="mobywatel__status" role="status">
        {problem ? (
          <p key={sim.tries} className="mobywatel__problem">
            {t(`problems.${problem}`)}
          </p>
        ) : null}
      </div>
      <div className="mobywatel__screen">
        {state.screen === 'terms' ? <TermsScreen heading={heading} act={act} /> : null}
        {state.screen === 'password' ? <PasswordScreen heading={heading} act={act} /> : null}
        {state.screen === 'documents' ? (
          <>
            {heading(t('documents.title'))}
            {state.hasDocument ? (
              <div className="mobywatel__card">
                <p className="mobywatel__card-name">{t('documents.card.name')}</p>
                <p>{t('documents.card.person')}</p>
                <p className="mobywatel__valid">
                  <span aria-hidden="true">✓ </span>
                  {t('documents.card.valid')}
                </p>
              </div>
            ) : (
              <>
                <p>{t('documents.empty')}</p>
                <button type="button" className="button" onClick={() => act({ type: 'addDocument' })}>
                  {t('documents.add')}
                </button>
              </>
            )}
          </>
        ) : null}
        {state.screen === 'addDocument' ? (
          <>
            {heading(t('addDocument.title'))}
            <p>{t('addDocument.text')}</p>
            <div className="sim-form__row">
              <button type="button" className="button" onClick={() => act({ type: 'startIdentity' })}>
                {t('addDocument.confirm')}
              </button>
              {back}
            </div>
          </>
        ) : null}
        {state.screen === 'identity' ? (
          <>
            {heading(t('identity.title'))}
            <p>{t('identity.text')}</p>
            <LoginForm
              note={t('identity.note')}
              loginLabel={t('identity.login')}
              passwordLabel={t('identity.password')}
              submitLabel={t('identity.submit')}
              onSubmit={(login, password) => act({ type: 'submitIdentity', login, password })}
            >
              {back}
            </LoginForm>
          </>
        ) : null}
        {state.screen === 'identityCode' ? (
          <>
            {heading(t('identityCode.title'))}
            <p>{t('identityCode.text')}</p>
            <SmsBubble from={t('identityCode.smsFrom')} text={t('identityCode.sms', { code: state.code })} />
            <CodeForm
              label={t('identityCode.label')}
              submit={t('identityCode.submit')}
              onSubmit={(code) => act({ type: 'submitCode', code })}
            >
              {back}
            </CodeForm>
          </>
        ) : null}
        {state.screen === 'services' ? (
          <>
            {heading(t('services.title'))}
            <ChoiceList
              className="mobywatel__list"
              choices={SERVICES.map((service) => ({
                key: service,
                label: t(`services.${service}`),
                onClick: () => act({ type: 'openService', service }),
              }))}
            />
          </>
        ) : null}
        {state.screen === 'pesel' ? (
          <PeselScreen state={state} language={language} heading={heading} act={act}>
            {back}
          </PeselScreen>
        ) : null}
      </div>
      {tabs ? (
        <nav className="mobywatel__tabs" aria-label={t('tabs.label')}>
          {(['documents', 'services'] as const).map((tab) => {
            const current = state.screen === tab || (tab === 'services' && state.screen === 'pesel');
            return (
              <button
                key={tab}
                type="button"
                className="mobywatel__tab"
                aria-current={current ? 'page' : undefined}
                onClick={() => act({ type: 'openTab', tab })}
              >
                {t(`tabs.${tab}`)}
              </button>
            );
          })}
        </nav>
      ) : null}
    </SimulatedApp>
  );
}
