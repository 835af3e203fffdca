// The PESEL reservation screen of the 'mobywatel-setup' simulation: the status with its date, a switch
// and a confirmation, and after lifting the reservation a calm way to move the practice clock on by
// the 30 minutes after which it can be switched on again (FACTS.md M1.6).
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MobywatelAction,
  type MobywatelState,
  RESTORE_AFTER_MS,
} from '@/features/learn/practice/mobywatel-setup-logic';

type PeselProps = {
  state: MobywatelState;
  language: string;
  heading: (text: string) => ReactNode;
  act: (action: MobywatelAction) => void;
  /** The way back to the services. */
  children: ReactNode;
};

export function PeselScreen({ state, language, heading, act, children }: PeselProps) {
  const { t } = useTranslation('sim-mobywatel-setup');
  const questionRef = useRef<HTMLHeadingElement>(null);
  const switchRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const questionId = useId();
  const when = (at: number | undefined) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at ?? 0);

  // The question takes focus when it appears; the switch gets it back once answered.
  useEffect(() => {
    if (state.confirming) {
      asked.current = true;
      questionRef.current?.focus();
    } else if (asked.current) {
      asked.current = false;
      switchRef.current?.focus();
    }
  }, [state.confirming]);

  const on = state.pesel === 'on';
  const status =
    state.pesel === 'on'
      ? t('pesel.statusOn', { date: when(state.changedAt) })
      : state.pesel === 'lifted'
        ? t('pesel.statusLifted', { date: when(state.changedAt) })
        : t('pesel.statusOff');

  return (
    <>
      {heading(t('pesel.title'))}
      <p>{t('pesel.text')}</p>
      <div className="mobywatel__pesel-status" aria-live="polite">
        <p className="mobywatel__status-title">{t('pesel.status')}</p>
        <p>
          <Lock closed={on} /> {status}
        </p>
        {state.pesel === 'lifted' ? (
          <p>
            {state.waited
              ? t('pesel.canRestore')
              : t('pesel.restoreFrom', { date: when((state.changedAt ?? 0) + RESTORE_AFTER_MS) })}
          </p>
        ) : null}
      </div>
      <button
        ref={switchRef}
        type="button"
        role="switch"
        aria-checked={on}
        className="mobywatel__switch"
        onClick={() => act({ type: 'toggle' })}
      >
        <span className="mobywatel__switch-label">{t('pesel.switch')}</span>
        <span className="mobywatel__switch-track" aria-hidden="true">
          <span className="mobywatel__switch-knob" />
        </span>
        <span className="mobywatel__switch-state">{on ? t('pesel.on') : t('pesel.off')}</span>
      </button>
      {state.pesel === 'lifted' && !state.waited ? (
        <button type="button" className="button button--quiet" onClick={() => act({ type: 'wait' })}>
          {t('pesel.wait')}
        </button>
      ) : null}
      {state.confirming ? (
        <section className="mobywatel__question" aria-labelledby={questionId}>
          <h4 id={questionId} ref={questionRef} tabIndex={-1} className="mobywatel__heading">
            {t(`pesel.${state.confirming}.title`)}
          </h4>
          <p>{t(`pesel.${state.confirming}.text`)}</p>
          <div className="sim-form__row">
            <button type="button" className="button" onClick={() => act({ type: 'confirm', at: Date.now() })}>
              {t(`pesel.${state.confirming}.yes`)}
            </button>
            <button type="button" className="button button--quiet" onClick={() => act({ type: 'cancel' })}>
              {t('pesel.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      {children}
    </>
  );
}

/** A small padlock beside the status, closed when the number is reserved; the words say the same. */
function Lock({ closed }: { closed: boolean }) {
  return (
    <svg
      className="mobywatel__lock"
      viewBox="0 0 24 24"
      width="1.2em"
      height="1.2em"
      focusable="false"
      aria-hidden="true"
    >
      <path
        d={closed ? 'M7 11V8a5 5 0 0 1 10 0v3' : 'M7 11V8a5 5 0 0 1 9.6-2'}
        stroke="currentColor"
        strokeWidth="2.5"
        fill="none"
      />
      <rect x="4" y="11" width="16" height="11" rx="2" fill="currentColor" />
    </svg>
  );
}
