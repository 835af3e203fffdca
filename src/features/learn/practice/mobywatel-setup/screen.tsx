// UI half of the 'mobywatel-setup' simulation: a pretend mObywatel app ("mObywatel (ćwiczenie)") with
// its first start (terms, password, adding the mDowód) and the PESEL reservation in its services.
// The rules are in mobywatel-setup-logic.ts; the bigger screens in mobywatel-setup-screens.tsx and
// mobywatel-setup-pesel.tsx.
import '@/features/learn/practice/mobywatel-setup/styles.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobywatelSetupConfig } from '@/content/simulations/mobywatel-setup';
import { CodeForm, LoginForm, SmsBubble } from '@/features/learn/practice/gateway-login/fields';
import { makeCode } from '@/features/learn/practice/gateway-login/logic';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import {
  type MobywatelAction,
  type MobywatelProblem,
  mobywatelStart,
  mobywatelStep,
  SERVICES,
} from '@/features/learn/practice/mobywatel-setup/logic';
import { PeselScreen } from '@/features/learn/practice/mobywatel-setup/pesel';
import { PasswordScreen, TermsScreen } from '@/features/learn/practice/mobywatel-setup/screens';

export function MobywatelSetup({
  config,
  language,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<MobywatelSetupConfig>) {
  const { t } = useTranslation('sim-mobywatel-setup');
  const [state, setState] = useState(() => mobywatelStart(config.task, Date.now(), makeCode()));
  const [reviewing, setReviewing] = useState(completed);
  const [problem, setProblem] = useState<MobywatelProblem>();
  // Counts wrong tries, so the same message is announced again on a second wrong try.
  const [tries, setTries] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // The heading of each new screen takes focus, so screen readers announce where the learner is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change by design.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [state.screen, reviewing]);

  function act(action: MobywatelAction) {
    const result = mobywatelStep(config.task, state, action);
    moved.current = true;
    setState(result.state);
    if (result.problem) {
      setProblem(result.problem);
      setTries((count) => count + 1);
      onMistake(result.problem === 'passwordMismatch' ? t('hints.passwordMismatch') : undefined);
      return;
    }
    setProblem(undefined);
    if (result.state.finished && !state.finished && !completed) onComplete();
  }

  function restart() {
    moved.current = true;
    setProblem(undefined);
    setReviewing(false);
    setState(mobywatelStart(config.task, Date.now(), makeCode()));
  }

  const heading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} className="sim__heading">
      {text}
    </h3>
  );

  if (reviewing) {
    return (
      <div className="sim mobywatel">
        <p className="sim__app">{t('title')}</p>
        <div className="mobywatel__screen">
          {heading(t('finished.title'))}
          <p>{t(`finished.${config.task}`)}</p>
          <button type="button" className="button button--quiet" onClick={restart}>
            {t('finished.again')}
          </button>
        </div>
      </div>
    );
  }

  const tabs = state.screen === 'documents' || state.screen === 'services' || state.screen === 'pesel';
  const back = (
    <button type="button" className="button button--quiet" onClick={() => act({ type: 'back' })}>
      {t('back')}
    </button>
  );

  return (
    <div className="sim mobywatel">
      <p className="sim__app">{t('title')}</p>
      <div className="mobywatel__status" role="status">
        {problem ? (
          <p key={tries} className="mobywatel__problem">
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
            <ul className="mobywatel__list">
              {SERVICES.map((service) => (
                <li key={service}>
                  <button
                    type="button"
                    className="button button--quiet mobywatel__wide"
                    onClick={() => act({ type: 'openService', service })}
                  >
                    {t(`services.${service}`)}
                  </button>
                </li>
              ))}
            </ul>
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
    </div>
  );
}
