// UI half of the 'waste-calendar' simulation, "Harmonogram odbioru": a made-up street's month of
// collections, a "today", and questions one at a time — choose the next collection day in the
// calendar and confirm it, pick when the bin must be out, save the upcoming collections to the
// phone's calendar (an .ics file). Wrong answers get a reason and another try.
import '@/features/learn/practice/waste-calendar/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WasteCalendarConfig, WasteFraction } from '@/content/simulations/waste-calendar';
import { ReviewScreen } from '@/features/learn/practice/kit/review-screen';
import { ResultBox, SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { questionFocus, useSimulation } from '@/features/learn/practice/kit/use-simulation';
import {
  type CalendarAction,
  calendarStep,
  collectionsOn,
  nextCollection,
  START,
  type WrongDay,
} from '@/features/learn/practice/waste-calendar/logic';
import { WasteCalendarMonth } from '@/features/learn/practice/waste-calendar/month';
import { SaveToCalendar } from '@/features/learn/practice/waste-calendar/save-to-calendar';

export function WasteCalendar(props: SimulationProps<WasteCalendarConfig>) {
  const { config, word, language } = props;
  const { t } = useTranslation('sim-waste-calendar');
  const frame = { kind: 'waste-calendar', app: t('title') };
  const [focusDay, setFocusDay] = useState(config.today);
  const [saved, setSaved] = useState<string>();

  const street = word('street');
  const fractionName = (fraction: WasteFraction) => t(`fractions.${fraction}.name`);
  const long = (date: string) =>
    new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  const fileName = t('ics.file', { month: config.month });

  const { state, act, again, reviewing, tries, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: CalendarAction) => {
      const result = calendarStep(config, before, action);
      const question = config.questions[before.index];
      if (result.mistake && question?.ask === 'next')
        return {
          ...result,
          hint: t('hintNext', { today: long(config.today), fraction: fractionName(question.fraction) }),
        };
      return result;
    },
    finished: (current) => current.finished,
    focusAfter: questionFocus,
  });

  const exportSection = (
    <SaveToCalendar
      config={config}
      street={street}
      saved={saved}
      onSave={(file) => {
        setSaved(file);
        act({ type: 'export' });
      }}
    />
  );

  if (reviewing) {
    return (
      <ReviewScreen
        {...frame}
        title={t('review.title')}
        again={t('review.again')}
        onAgain={() => {
          setFocusDay(config.today);
          again();
        }}
        after={exportSection}
      >
        {config.questions.map((question) => {
          const text = word(`questions.${question.id}.text`);
          let answer = t('review.export');
          if (question.ask === 'next')
            answer = long(nextCollection(config.schedule, question.fraction, config.today) ?? config.today);
          if (question.ask === 'choice') {
            const right = question.options.find((option) => option.correct);
            answer = right ? word(`questions.${question.id}.options.${right.id}.text`) : '';
          }
          return (
            <li key={question.id}>
              <span>{text}</span> <strong>{t('review.answer', { answer })}</strong>
            </li>
          );
        })}
      </ReviewScreen>
    );
  }

  const question = config.questions[state.index];
  if (!question) return null;
  const isLast = state.index === config.questions.length - 1;
  const at = (key: string) => word(`questions.${question.id}.${key}`);
  const selectedFractions = state.selected ? collectionsOn(config.schedule, state.selected) : [];
  const instruction = { next: t('askNext'), choice: t('askChoice'), export: t('askExport') }[question.ask];

  return (
    <SimulatedApp
      {...frame}
      intro={
        <p className="waste-calendar__today-line">{t('todayLine', { date: long(config.today), street })}</p>
      }
      heading={t('progress', { current: state.index + 1, total: config.questions.length })}
      headingRef={focusRef('heading')}
      status={
        <>
          {state.wrong && !state.resolved ? (
            <p key={tries} className="sim__wrong">
              {state.wrong.kind === 'option'
                ? `${t('wrongOption')} ${at(`options.${state.wrong.option}.feedback`)}`
                : question.ask === 'next'
                  ? wrongDayText(state.wrong.day, question.fraction)
                  : null}
            </p>
          ) : null}
          {state.resolved ? (
            <ResultBox resultRef={focusRef('result')} className="waste-calendar__result">
              <p className="sim__verdict">{verdict()}</p>
              <p>{explanation()}</p>
              {state.finished ? <p className="sim__verdict">{t('allDone')}</p> : null}
            </ResultBox>
          ) : null}
        </>
      }
      next={state.resolved && !isLast ? { label: t('next'), onNext: () => act({ type: 'next' }) } : undefined}
      footer={exportSection}
    >
      <div className="sim__situation waste-calendar__question">
        <p className="waste-calendar__question-text">{at('text')}</p>
        <p>{instruction}</p>
      </div>

      {question.ask === 'choice' && !state.resolved ? (
        <fieldset className="waste-calendar__options">
          <legend className="visually-hidden">{at('text')}</legend>
          <ul>
            {question.options.map((option) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="button button--quiet waste-calendar__option"
                  onClick={() => act({ type: 'choose', option: option.id })}
                >
                  {at(`options.${option.id}.text`)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <WasteCalendarMonth
        config={config}
        language={language}
        street={street}
        selected={state.selected}
        focusDay={focusDay}
        onFocusDay={setFocusDay}
        onSelect={(date) => act({ type: 'select', date })}
      />

      {/* What is on the chosen day, right under the calendar, where the learner is looking. */}
      <div aria-live="polite">
        {state.selected ? (
          <p className="waste-calendar__info">
            {selectedFractions.length > 0
              ? t('selected', {
                  date: long(state.selected),
                  collections: selectedFractions
                    .map((fraction) =>
                      t('legendItem', { name: fractionName(fraction), bin: t(`fractions.${fraction}.bin`) }),
                    )
                    .join(', '),
                })
              : t('selectedNone', { date: long(state.selected) })}
          </p>
        ) : null}
      </div>

      {question.ask === 'next' && !state.resolved && state.selected ? (
        <button
          type="button"
          className="button waste-calendar__confirm"
          onClick={() => act({ type: 'confirmDay' })}
        >
          {t('confirm', { date: long(state.selected) })}
        </button>
      ) : null}
    </SimulatedApp>
  );

  function wrongDayText(wrong: WrongDay, fraction: WasteFraction): string {
    const values = { date: long(wrong.date), today: long(config.today), fraction: fractionName(fraction) };
    if (wrong.reason === 'other')
      return t('wrongDay.other', { ...values, collections: wrong.fractions.map(fractionName).join(', ') });
    return t(`wrongDay.${wrong.reason}`, values);
  }

  function verdict(): string {
    if (!question) return '';
    if (question.ask === 'next')
      return t('rightDay', {
        fraction: fractionName(question.fraction),
        date: long(nextCollection(config.schedule, question.fraction, config.today) ?? config.today),
      });
    if (question.ask === 'export') return t('rightExport', { file: fileName });
    const right = question.options.find((option) => option.correct);
    return t('rightChoice', { answer: right ? at(`options.${right.id}.text`) : '' });
  }

  function explanation(): string {
    if (!question) return '';
    if (question.ask !== 'choice') return at('explain');
    const right = question.options.find((option) => option.correct);
    return right ? at(`options.${right.id}.feedback`) : '';
  }
}
