// The PESEL reservation screen of the 'mobywatel-setup' simulation: the status with its date, a switch
// and a confirmation. A reservation is lifted for a set time, chosen in the question, after which it
// comes back by itself (FACTS.md M1.6): a learner who may forget need not switch it on again.
import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIFT_FOR_HOURS,
  type MobywatelAction,
  type MobywatelState,
} from '@/features/learn/practice/mobywatel-setup/logic';
import { useFocusAfterChange } from '@/ui/use-focus-after-change';

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
  const questionId = useId();
  const when = (at: number | undefined) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at ?? 0);

  // The question takes focus when it appears; the switch gets it back once answered.
  useFocusAfterChange(state.confirming, () => (state.confirming ? questionRef.current : switchRef.current));

  const on = state.pesel === 'on';
  const status =
    state.pesel === 'on'
      ? t('pesel.statusOn', { date: when(state.changedAt) })
      : state.pesel === 'lifted'
        ? t('pesel.statusLifted', { date: when(state.until) })
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
      </div>
      <button
        ref={switchRef}
        type="button"
        role="switch"
        aria-checked={on}
        className="mobywatel__switch"
        onClick={() => act({ type: 'toggle', at: Date.now() })}
      >
        <span className="mobywatel__switch-label">{t('pesel.switch')}</span>
        <span className="mobywatel__switch-track" aria-hidden="true">
          <span className="mobywatel__switch-knob" />
        </span>
        <span className="mobywatel__switch-state">{on ? t('pesel.on') : t('pesel.off')}</span>
      </button>
      {state.confirming ? (
        <section className="mobywatel__question" aria-labelledby={questionId}>
          <h4 id={questionId} ref={questionRef} tabIndex={-1} className="sim__heading">
            {t(`pesel.${state.confirming}.title`)}
          </h4>
          <p>{t(`pesel.${state.confirming}.text`)}</p>
          <div className="sim-form__row">
            {state.confirming === 'lift' ? (
              LIFT_FOR_HOURS.map((hours) => (
                <button
                  key={hours}
                  type="button"
                  className="button"
                  onClick={() => act({ type: 'confirm', at: Date.now(), hours })}
                >
                  {t(`pesel.lift.for${hours}`)}
                </button>
              ))
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => act({ type: 'confirm', at: Date.now() })}
              >
                {t('pesel.block.yes')}
              </button>
            )}
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
