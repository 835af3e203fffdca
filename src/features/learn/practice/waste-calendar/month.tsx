// The month of the 'waste-calendar' simulation: a real table with weekday headers, one button per
// day named in words ("czwartek, 11 marca: Szkło"), collections shown by icon shapes and, where
// there is room, their names. Arrow keys move between days (one day is in the tab order), Enter or
// a tap chooses a day. Narrow screens and large text show the weeks as wrapped rows of days.
import '@/features/learn/practice/waste-calendar/month.css';
import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WASTE_FRACTIONS,
  type WasteCalendarConfig,
  type WasteFraction,
} from '@/content/simulations/waste-calendar';
import { collectionsOn, monthWeeks, moveDay } from '@/features/learn/practice/waste-calendar/logic';

const INK = '#1b1b1b';

/** The bins' colours [W1][W4]; the icon's shape and the name carry the meaning, the colour only helps. */
const FRACTION_COLOURS: Record<WasteFraction, string> = {
  paper: '#1f5fa8',
  glass: '#2b7a3a',
  plastics: '#f2c200',
  bio: '#7a4a22',
  mixed: '#1b1b1b',
};

const ICONS: Record<WasteFraction, ReactNode> = {
  // A sheet of paper with lines.
  paper: (
    <>
      <rect x="4" y="2" width="16" height="20" fill={FRACTION_COLOURS.paper} stroke={INK} strokeWidth="1.5" />
      <path d="M7 8h10M7 12h10M7 16h10" stroke="#ffffff" strokeWidth="1.8" />
    </>
  ),
  // A bottle.
  glass: (
    <path
      d="M10 1h4v6c3 1.5 4 4 4 6.5V23H6v-9.5C6 11 7 8.5 10 7Z"
      fill={FRACTION_COLOURS.glass}
      stroke={INK}
      strokeWidth="1.5"
    />
  ),
  // A can.
  plastics: (
    <>
      <rect
        x="5"
        y="3"
        width="14"
        height="19"
        rx="2"
        fill={FRACTION_COLOURS.plastics}
        stroke={INK}
        strokeWidth="1.5"
      />
      <path d="M5 8h14M5 17h14" stroke={INK} strokeWidth="1.2" />
    </>
  ),
  // A leaf.
  bio: (
    <>
      <path
        d="M4 21C3 10 10 3 21 3c0 11-6 18-17 18Z"
        fill={FRACTION_COLOURS.bio}
        stroke={INK}
        strokeWidth="1.5"
      />
      <path d="M5 20 16 9" stroke="#ffffff" strokeWidth="1.5" />
    </>
  ),
  // A bin bag.
  mixed: (
    <>
      <path
        d="M9 4h6l-1 4c5 2 7 6 7 10a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4c0-4 2-8 7-10Z"
        fill={FRACTION_COLOURS.mixed}
      />
      <path d="M8 3l4 3 4-3" stroke={INK} strokeWidth="1.5" fill="none" />
    </>
  ),
};

export function FractionIcon({ fraction }: { fraction: WasteFraction }) {
  return (
    <svg className="waste-calendar__icon" viewBox="0 0 24 24" focusable="false" aria-hidden="true">
      {ICONS[fraction]}
    </svg>
  );
}

type MonthProps = {
  config: WasteCalendarConfig;
  language: string;
  street: string;
  /** The chosen day, if any. */
  selected?: string;
  /** The day in the tab order; arrows move it. */
  focusDay: string;
  onFocusDay: (date: string) => void;
  onSelect: (date: string) => void;
};

export function WasteCalendarMonth(props: MonthProps) {
  const { config, language, street, selected, focusDay, onFocusDay, onSelect } = props;
  const { t } = useTranslation('sim-waste-calendar');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const weeks = monthWeeks(config.month);
  const fractionName = (fraction: WasteFraction) => t(`fractions.${fraction}.name`);
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const monthTitle = format(`${config.month}-01`, { month: 'long', year: 'numeric' });
  // Column headers: the names of the days of a week that starts on Monday, 1 January 2024.
  const weekdays = Array.from({ length: 7 }, (_, index) => `2024-01-0${index + 1}`);

  function dayLabel(date: string): string {
    const fractions = collectionsOn(config.schedule, date);
    const day = format(date, { weekday: 'long', day: 'numeric', month: 'long' });
    const collections = fractions.length > 0 ? fractions.map(fractionName).join(', ') : t('noCollection');
    return date === config.today
      ? t('dayLabelToday', { day, collections })
      : t('dayLabel', { day, collections });
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, date: string) {
    const target = moveDay(config.month, date, event.key);
    if (target === date) return;
    event.preventDefault();
    onFocusDay(target);
    buttons.current.get(target)?.focus();
  }

  return (
    <div className="waste-calendar__calendar">
      <table className="waste-calendar__month">
        <caption className="waste-calendar__caption">
          {t('caption', {
            month: monthTitle.charAt(0).toLocaleUpperCase(language) + monthTitle.slice(1),
            street,
          })}
        </caption>
        <thead>
          <tr>
            {weekdays.map((date) => (
              <th key={date} scope="col">
                <span aria-hidden="true">{format(date, { weekday: 'short' })}</span>
                <span className="visually-hidden">{format(date, { weekday: 'long' })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? 'week'}>
              {week.map((date, index) => {
                if (!date)
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have no date of their own
                  return <td key={`empty-${index}`} className="waste-calendar__empty" />;
                const fractions = collectionsOn(config.schedule, date);
                const isToday = date === config.today;
                const classes = [
                  'waste-calendar__day',
                  isToday ? 'waste-calendar__day--today' : '',
                  selected === date ? 'waste-calendar__day--selected' : '',
                  fractions.length > 0 ? 'waste-calendar__day--collection' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={date}>
                    <button
                      ref={(element) => {
                        if (element) buttons.current.set(date, element);
                        else buttons.current.delete(date);
                      }}
                      type="button"
                      className={classes}
                      tabIndex={date === focusDay ? 0 : -1}
                      aria-label={dayLabel(date)}
                      aria-pressed={selected === date}
                      aria-current={isToday ? 'date' : undefined}
                      onClick={() => {
                        onFocusDay(date);
                        onSelect(date);
                      }}
                      onKeyDown={(event) => onKeyDown(event, date)}
                    >
                      <span className="waste-calendar__weekday">{format(date, { weekday: 'short' })}</span>
                      <span className="waste-calendar__number">{Number(date.slice(8))}</span>
                      {isToday ? <span className="waste-calendar__today">{t('todayMark')}</span> : null}
                      {fractions.map((fraction) => (
                        <span key={fraction} className="waste-calendar__chip">
                          <FractionIcon fraction={fraction} />
                          <span className="waste-calendar__chip-name">
                            {t(`fractions.${fraction}.short`)}
                          </span>
                        </span>
                      ))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="waste-calendar__keys">{t('keys')}</p>
      <ul className="waste-calendar__legend" aria-label={t('legend')}>
        {WASTE_FRACTIONS.filter((fraction) => config.schedule[fraction]?.length).map((fraction) => (
          <li key={fraction}>
            <FractionIcon fraction={fraction} />
            <span>
              {t('legendItem', { name: fractionName(fraction), bin: t(`fractions.${fraction}.bin`) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
