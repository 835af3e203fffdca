// The ticket app's parts of the 'ticket-purchase' simulation: its status line and menus, typing the
// BLIK code (with the countdown of the code shown in the bank app), the summary and the bought ticket
// with its validity and control code; and the words its screens share (prices, times, cities, tickets).
import { type FormEvent, type ReactNode, type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketOption, TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';
import {
  type BlikCode,
  controlCode,
  formatCountdown,
  secondsLeft,
  validUntil,
} from '@/features/learn/practice/ticket-purchase/logic';
import type { WordFunction } from '@/features/learn/step-words';

/** Prices, times, city and ticket names as the ticket app shows them. */
export function useShopWords(word: WordFunction, language: string) {
  const { t } = useTranslation('sim-ticket-purchase');
  return {
    money: (grosze: number) =>
      new Intl.NumberFormat(language, { style: 'currency', currency: 'PLN' }).format(grosze / 100),
    time: (ms: number) =>
      new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(new Date(ms)),
    cityName: (city: string) => word(`cities.${city}`),
    ticketName: (ticket: TicketOption) =>
      t(`tickets.${ticket.type}.${ticket.fare}`, { minutes: ticket.minutes ?? 0 }),
  };
}

type ShopWords = ReturnType<typeof useShopWords>;

/** How often the countdown is redrawn, in ms: once a second is calm and enough. */
const TICK_MS = 1000;

/** The time now (ms), redrawn every second while a BLIK code exists; it never ends anything. */
export function useClock(code: BlikCode | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!code) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [code]);
  return now;
}

type StatusLineProps = {
  id: string;
  /** A problem (a mistake) or a note after the last action. */
  message: { text: string; kind: 'problem' | 'note' } | undefined;
  /** Keys the message, so the same one after another try is announced again. */
  tries: number;
};

/** The live region where the app says what went wrong, or what happened, after an action. */
export function StatusLine({ id, message, tries }: StatusLineProps) {
  return (
    <div aria-live="polite" className="ticket-purchase__status-region">
      {message ? (
        <p key={tries} className={`ticket-purchase__status ticket-purchase__status--${message.kind}`} id={id}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

type MenuItem = { key: string; label: ReactNode; className?: string; onClick: () => void };

/** The app's list of big choices, one button each. */
export function Menu({ items }: { items: readonly MenuItem[] }) {
  return (
    <ul className="ticket-purchase__menu">
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            className={
              item.className
                ? `sim__choice ticket-purchase__choice ${item.className}`
                : 'sim__choice ticket-purchase__choice'
            }
            onClick={item.onClick}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

type CodeScreenProps = {
  header: ReactNode;
  amount: string;
  code: BlikCode | undefined;
  now: number;
  /** The message after the last try; a problem marks the field as invalid and describes it. */
  status: ReactNode;
  /** The id of the problem's paragraph in `status`, while there is a problem. */
  problemId: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  back: ReactNode;
  onOpenBank: () => void;
  onSubmit: (typed: string) => void;
};

/** "Wpisz kod BLIK": the field for the code, with the way to the bank app for it. */
export function CodeScreen(props: CodeScreenProps) {
  const { header, amount, code, now, status, problemId, inputRef, back, onOpenBank, onSubmit } = props;
  const { t } = useTranslation('sim-ticket-purchase');
  const [typed, setTyped] = useState('');
  const codeId = useId();
  const left = code ? secondsLeft(code, now) : 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(typed);
  }

  return (
    <div className="ticket-purchase__screen">
      {header}
      <p className="ticket-purchase__amount">{t('code.amount', { amount })}</p>
      <p>{t('code.explain')}</p>
      <button type="button" className="button button--quiet" onClick={onOpenBank}>
        {t('code.openBank')}
      </button>
      {code ? (
        <p className="ticket-purchase__countdown">
          {left > 0 ? t('code.validFor', { time: formatCountdown(left) }) : t('code.expired')}
        </p>
      ) : null}
      <form className="ticket-purchase__form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={codeId}>{t('code.label')}</label>
          <p id={`${codeId}help`} className="hint">
            {t('code.help')}
          </p>
          <input
            ref={inputRef}
            id={codeId}
            className="ticket-purchase__input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={typed}
            aria-describedby={problemId ? `${codeId}help ${problemId}` : `${codeId}help`}
            aria-invalid={problemId ? true : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        {status}
        <div className="ticket-purchase__row">
          <button type="submit" className="button">
            {t('code.pay')}
          </button>
          {back}
        </div>
      </form>
    </div>
  );
}

type SummaryProps = {
  config: TicketPurchaseConfig;
  chosen: TicketOption | undefined;
  words: ShopWords;
};

/** What is about to be paid for: the city, the ticket and its price. */
export function SummaryDetails({ config, chosen, words }: SummaryProps) {
  const { t } = useTranslation('sim-ticket-purchase');
  const { money, cityName, ticketName } = words;
  return (
    <dl className="ticket-purchase__details">
      <div>
        <dt>{t('summary.city')}</dt>
        <dd>{cityName(config.city)}</dd>
      </div>
      <div>
        <dt>{t('summary.ticket')}</dt>
        <dd>{chosen ? ticketName(chosen) : ''}</dd>
      </div>
      <div>
        <dt>{t('summary.price')}</dt>
        <dd>{chosen ? money(chosen.price) : ''}</dd>
      </div>
    </dl>
  );
}

type TicketScreenProps = {
  header: ReactNode;
  config: TicketPurchaseConfig;
  chosen: TicketOption | undefined;
  boughtAt: number;
  words: ShopWords;
};

/** The bought ticket: what it is, when it was bought, how long it is valid, its control code. */
export function TicketScreen({ header, config, chosen, boughtAt, words }: TicketScreenProps) {
  const { t } = useTranslation('sim-ticket-purchase');
  const { money, time, cityName, ticketName } = words;
  const until = chosen ? validUntil(chosen, boughtAt) : undefined;
  return (
    <div className="ticket-purchase__screen">
      {header}
      <div className="ticket-purchase__ticket">
        <p className="ticket-purchase__ticket-name">{chosen ? ticketName(chosen) : ''}</p>
        <dl className="ticket-purchase__details">
          <div>
            <dt>{t('summary.city')}</dt>
            <dd>{cityName(config.city)}</dd>
          </div>
          <div>
            <dt>{t('summary.price')}</dt>
            <dd>{chosen ? money(chosen.price) : ''}</dd>
          </div>
          <div>
            <dt>{t('ticket.bought')}</dt>
            <dd>{time(boughtAt)}</dd>
          </div>
          <div>
            <dt>{t('ticket.valid')}</dt>
            <dd>{until ? t('ticket.validUntil', { time: time(until) }) : t('ticket.oneRide')}</dd>
          </div>
          <div>
            <dt>{t('ticket.control')}</dt>
            <dd className="ticket-purchase__control">
              {controlCode(`${config.city}:${chosen?.id}:${boughtAt}`)}
            </dd>
          </div>
        </dl>
      </div>
      <p>{t('ticket.show')}</p>
      {chosen?.fare === 'reduced' ? <p>{t('ticket.document')}</p> : null}
    </div>
  );
}
