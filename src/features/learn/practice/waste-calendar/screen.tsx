// UI half of the 'waste-calendar' simulation, "Harmonogram odbioru": a made-up street's month of
// collections, a "today", and questions one at a time — choose the next collection day in the
// calendar and confirm it, pick when the bin must be out, save the upcoming collections to the
// phone's calendar (an .ics file). Wrong answers get a reason and another try.
import '@/features/learn/practice/waste-calendar/styles.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WasteCalendarConfig, WasteFraction } from '@/content/simulations/waste-calendar';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { buildCalendar } from '@/features/learn/practice/waste-calendar/ics';
import {
  type CalendarAction,
  type CalendarState,
  calendarStep,
  collectionsOn,
  nextCollection,
  START,
  upcomingCollections,
  type WrongDay,
} from '@/features/learn/practice/waste-calendar/logic';
import { WasteCalendarMonth } from '@/features/learn/practice/waste-calendar/month';
import { downloadFile } from '@/ui/download';

type Focus = 'heading' | 'result' | null;

export function WasteCalendar({
  config,
  word,
  language,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<WasteCalendarConfig>) {
  const { t } = useTranslation('sim-waste-calendar');
  const [state, setState] = useState<CalendarState>(START);
  const [reviewing, setReviewing] = useState(completed);
  const [focusDay, setFocusDay] = useState(config.today);
  const [saved, setSaved] = useState<string>();
  const [tries, setTries] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<Focus>(null);

  useEffect(() => {
    if (focusAfterRender.current === 'heading') headingRef.current?.focus();
    if (focusAfterRender.current === 'result') resultRef.current?.focus();
    focusAfterRender.current = null;
  });

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

  function act(action: CalendarAction) {
    const result = calendarStep(config, state, action);
    setState(result.state);
    const question = config.questions[state.index];
    if (result.mistake) {
      setTries((count) => count + 1);
      onMistake(
        question?.ask === 'next'
          ? t('hintNext', { today: long(config.today), fraction: fractionName(question.fraction) })
          : undefined,
      );
      return;
    }
    if (result.state.resolved && !state.resolved) focusAfterRender.current = 'result';
    if (action.type === 'next' || action.type === 'restart') focusAfterRender.current = 'heading';
    if (result.state.finished && !state.finished && !completed) onComplete();
  }

  function saveCalendar() {
    const events = upcomingCollections(config.schedule, config.today).map(({ date, fraction }) => ({
      uid: `${date.replace(/-/g, '')}-${fraction}-practice@krok-po-kroku`,
      date,
      summary: t('ics.summary', { fraction: fractionName(fraction), bin: t(`fractions.${fraction}.bin`) }),
      description: t('ics.description', { street }),
      alarm: t('ics.alarm', { fraction: fractionName(fraction) }),
    }));
    downloadFile(
      fileName,
      buildCalendar({ name: t('ics.name', { street }), events, stamp: new Date() }),
      'text/calendar;charset=utf-8',
    );
    setSaved(fileName);
    act({ type: 'export' });
  }

  const exportSection = (
    <section className="waste-calendar__export" aria-label={t('export.title')}>
      <button type="button" className="button waste-calendar__save" onClick={saveCalendar}>
        {t('export.button')}
      </button>
      <p className="waste-calendar__note">{t('export.note')}</p>
      <div aria-live="polite">
        {saved ? <p className="waste-calendar__saved">{t('export.saved', { file: saved })}</p> : null}
      </div>
    </section>
  );

  if (reviewing) {
    return (
      <div className="sim waste-calendar">
        <p className="sim__app">{t('title')}</p>
        <h3 className="sim__heading">{t('review.title')}</h3>
        <ul className="sim__review">
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
        </ul>
        {exportSection}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setReviewing(false);
            setFocusDay(config.today);
            act({ type: 'restart' });
          }}
        >
          {t('review.again')}
        </button>
      </div>
    );
  }

  const question = config.questions[state.index];
  if (!question) return null;
  const isLast = state.index === config.questions.length - 1;
  const at = (key: string) => word(`questions.${question.id}.${key}`);
  const selectedFractions = state.selected ? collectionsOn(config.schedule, state.selected) : [];
  const instruction = { next: t('askNext'), choice: t('askChoice'), export: t('askExport') }[question.ask];

  return (
    <div className="sim waste-calendar">
      <p className="sim__app">{t('title')}</p>
      <p className="waste-calendar__today-line">{t('todayLine', { date: long(config.today), street })}</p>
      <h3 ref={headingRef} tabIndex={-1} className="sim__heading">
        {t('progress', { current: state.index + 1, total: config.questions.length })}
      </h3>
      <div className="waste-calendar__question">
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

      <div className="sim__status" aria-live="polite">
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
          <div ref={resultRef} tabIndex={-1} className="sim__result waste-calendar__result">
            <p className="sim__verdict">{verdict()}</p>
            <p>{explanation()}</p>
            {state.finished ? <p className="sim__verdict">{t('allDone')}</p> : null}
          </div>
        ) : null}
      </div>

      {state.resolved && !isLast ? (
        <button type="button" className="button" onClick={() => act({ type: 'next' })}>
          {t('next')}
        </button>
      ) : null}

      {exportSection}
    </div>
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
