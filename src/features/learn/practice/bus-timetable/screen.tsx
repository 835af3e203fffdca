// UI half of the 'bus-timetable' simulation, "Rozkład jazdy na przystanku": a made-up stop timetable
// drawn as a real table (hours as row headers, the minutes beside them as buttons), one table per day
// type chosen with buttons, and the footnote letters explained below. The learner is told the day and
// the time and taps the departure of the next bus; the answer is computed (bus-timetable-logic.ts).
import '@/features/learn/practice/bus-timetable/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusDayType, BusQuestion, BusTimetableConfig } from '@/content/simulations/bus-timetable';
import {
  byHour,
  departuresOf,
  nextDeparture,
  parseDeparture,
  START,
  type TimetableAction,
  timetableStep,
} from '@/features/learn/practice/bus-timetable/logic';
import { ReviewScreen } from '@/features/learn/practice/kit/review-screen';
import { ResultBox, SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { questionFocus, useSimulation } from '@/features/learn/practice/kit/use-simulation';

/** `9:05` as a stop timetable prints it. */
function clock(hour: number, minute: number): string {
  return `${hour}:${minute.toString().padStart(2, '0')}`;
}

function printed(text: string): string {
  const departure = parseDeparture(text);
  return `${clock(departure.hour, departure.minute)}${departure.letters.length ? ` ${departure.letters.join('')}` : ''}`;
}

export function BusTimetable(props: SimulationProps<BusTimetableConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-bus-timetable');
  const frame = { kind: 'bus-timetable', app: t('title') };
  const firstDay = config.days[0]?.type ?? 'weekdays';
  const [day, setDay] = useState<BusDayType>(firstDay);
  const [picked, setPicked] = useState<string>();
  const { state, act, again, reviewing, tries, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: TimetableAction) => timetableStep(config, before, action),
    finished: (current) => current.finished,
    // A wrong pick keeps the focus on the table; the message under it is announced and scrolled to.
    focusAfter: (action, result, before) =>
      result.mistake ? 'status' : questionFocus(action, result, before),
    moves: { status: { scrollOnly: true } },
  });

  /** Every new question (and a new start) shows the first day's table with nothing picked. */
  function fresh() {
    setPicked(undefined);
    setDay(firstDay);
  }

  const today = (question: BusQuestion) => word(`questions.${question.id}.today`);

  if (reviewing) {
    return (
      <ReviewScreen
        {...frame}
        title={t('finished.title')}
        again={t('finished.again')}
        onAgain={() => {
          fresh();
          again();
        }}
      >
        {config.questions.map((question) => {
          const answer = nextDeparture(config, question);
          return (
            <li key={question.id}>
              {t('finished.answer', {
                today: today(question),
                now: question.now,
                day: t(`days.${question.day}`),
                answer: answer ? printed(answer.text) : '—',
              })}
            </li>
          );
        })}
      </ReviewScreen>
    );
  }

  const question = config.questions[state.index] as BusQuestion;
  const isLast = state.index === config.questions.length - 1;
  const rows = byHour(departuresOf(config, day));
  const answer = nextDeparture(config, question);
  const wrong = state.wrong;
  return (
    <SimulatedApp
      {...frame}
      heading={t('progress', { current: state.index + 1, total: config.questions.length })}
      headingRef={focusRef('heading')}
      statusRef={focusRef('status')}
      status={
        <>
          {wrong && !state.resolved ? (
            <p key={tries} className="sim__wrong">
              {wrong.kind === 'notToday' || wrong.kind === 'missingLetter'
                ? t(`wrong.${wrong.kind}`, { letter: wrong.letter, meaning: word(`legend.${wrong.letter}`) })
                : t(`wrong.${wrong.kind}`, { day: t(`days.${question.day}`), today: today(question) })}
            </p>
          ) : null}
          {state.resolved && answer ? (
            <ResultBox resultRef={focusRef('result')} className="bus-timetable__result">
              <p className="sim__verdict">{t('right', { time: printed(answer.text) })}</p>
              <p>{word(`questions.${question.id}.explain`)}</p>
            </ResultBox>
          ) : null}
          {state.finished ? <p className="bus-timetable__done">{t('allDone')}</p> : null}
        </>
      }
      next={
        state.resolved && !isLast
          ? {
              label: t('next'),
              onNext: () => {
                fresh();
                act({ type: 'next' });
              },
            }
          : undefined
      }
    >
      <div className="sim__situation bus-timetable__situation">
        <p className="bus-timetable__today">{t('today', { today: today(question) })}</p>
        <p className="bus-timetable__now">{t('now', { time: question.now })}</p>
        {question.needLetter ? (
          <p>
            {t('needLetter', {
              letter: question.needLetter,
              meaning: word(`legend.${question.needLetter}`),
            })}
          </p>
        ) : null}
        <p>{t('question')}</p>
      </div>

      <div className="sim__panel bus-timetable__board">
        <div className="bus-timetable__head">
          <p className="bus-timetable__line">
            <span className="bus-timetable__line-label">{t('line')}</span>{' '}
            <span className="bus-timetable__line-number">{config.line}</span>
          </p>
          <p>
            <span className="bus-timetable__label">{t('stop')}</span> <strong>{word('stop')}</strong>
          </p>
          <p>
            <span className="bus-timetable__label">{t('direction')}</span>{' '}
            <strong>{word('direction')}</strong>
          </p>
        </div>

        <fieldset className="bus-timetable__days">
          <legend>{t('chooseDay')}</legend>
          <ul>
            {config.days.map((entry) => (
              <li key={entry.type}>
                <button
                  type="button"
                  className="button button--quiet bus-timetable__day"
                  aria-pressed={entry.type === day}
                  onClick={() => {
                    setDay(entry.type);
                    setPicked(undefined);
                  }}
                >
                  {t(`days.${entry.type}`)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>

        <table className="bus-timetable__table">
          <caption>{t('caption', { line: config.line, day: t(`days.${day}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hour')}</th>
              <th scope="col">{t('minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.hour}>
                <th scope="row">{row.hour}</th>
                <td>
                  <ul className="bus-timetable__minutes">
                    {row.departures.map((departure) => {
                      const chosen = picked === departure.text;
                      const right = state.resolved && answer?.text === departure.text && question.day === day;
                      return (
                        <li key={departure.text}>
                          <button
                            type="button"
                            className={`bus-timetable__minute${chosen ? ' bus-timetable__minute--picked' : ''}${
                              right ? ' bus-timetable__minute--right' : ''
                            }`}
                            // The time in full, as the learner would say it: "7:15 s".
                            aria-label={printed(departure.text)}
                            onClick={() => {
                              setPicked(departure.text);
                              act({ type: 'pick', day, departure: departure.text });
                            }}
                          >
                            {departure.minute.toString().padStart(2, '0')}
                            {departure.letters.length ? <sup>{departure.letters.join('')}</sup> : null}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        {config.legend.length ? (
          <div className="bus-timetable__legend">
            <p className="bus-timetable__legend-title">{t('legend')}</p>
            <dl>
              {config.legend.map((entry) => (
                <div key={entry.letter}>
                  <dt>{entry.letter}</dt>
                  <dd>{word(`legend.${entry.letter}`)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        <p className="bus-timetable__note">{t('madeUp')}</p>
      </div>
    </SimulatedApp>
  );
}
