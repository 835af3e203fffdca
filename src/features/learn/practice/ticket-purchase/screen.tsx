// UI half of the 'ticket-purchase' simulation: a made-up ticket app ("Bilety (ćwiczenie)") where the
// learner picks the city and the ticket that fit their situation and pays with BLIK, switching to a
// made-up bank app for the code and the confirmation; the ticket then shows its validity and a
// control code. The rules and screens are in ticket-purchase-logic.ts, the bank in -bank.tsx.
import '@/features/learn/practice/ticket-purchase/styles.css';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketOption, TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { BankCode, BankConfirm } from '@/features/learn/practice/ticket-purchase/bank';
import {
  controlCode,
  formatCountdown,
  newBlikCode,
  type PurchaseAction,
  type PurchaseState,
  purchaseStep,
  START,
  secondsLeft,
  validUntil,
} from '@/features/learn/practice/ticket-purchase/logic';

/** How often the countdown is redrawn, in ms: once a second is calm and enough. */
const TICK_MS = 1000;

export function TicketPurchase({
  config,
  word,
  language,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<TicketPurchaseConfig>) {
  const { t } = useTranslation('sim-ticket-purchase');
  const [state, setState] = useState<PurchaseState>(START);
  const [reviewing, setReviewing] = useState(completed);
  const [message, setMessage] = useState<{ text: string; kind: 'problem' | 'note' }>();
  const [tries, setTries] = useState(0);
  const [typed, setTyped] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const firstScreen = useRef(true);
  const codeId = useId();
  const codeHelpId = useId();

  // The heading of each new screen takes focus, so screen readers announce where the learner is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change by design.
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [state.screen, reviewing]);

  // The countdown runs only while a code exists; it never ends anything, it only redraws.
  useEffect(() => {
    if (!state.code) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [state.code]);

  const money = (grosze: number) =>
    new Intl.NumberFormat(language, { style: 'currency', currency: 'PLN' }).format(grosze / 100);
  const time = (ms: number) =>
    new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(new Date(ms));
  const cityName = (city: string) => word(`cities.${city}`);
  const ticketName = (ticket: TicketOption) =>
    t(`tickets.${ticket.type}.${ticket.fare}`, { minutes: ticket.minutes ?? 0 });
  const chosen = config.tickets.find((entry) => entry.id === state.ticket);

  function act(action: PurchaseAction) {
    const result = purchaseStep(config, state, action);
    setState(result.state);
    if (result.problem) {
      const text = t(`problem.${result.problem}`, {
        city: cityName(config.city),
        tripHint: word('tripHint'),
      });
      setMessage({ text, kind: 'problem' });
      setTries((count) => count + 1);
      const specific = ['wrongCity', 'noReducedRight', 'hasReducedRight', 'wrongKind'];
      onMistake(specific.includes(result.problem) ? text : undefined);
      if (action.type === 'submitCode') inputRef.current?.focus();
      return;
    }
    if (result.note) {
      setMessage({ text: t(`note.${result.note}`), kind: 'note' });
      setTries((count) => count + 1);
    } else setMessage(undefined);
    if (result.state.screen !== state.screen && result.state.screen === 'enterCode') setTyped('');
    if (result.state.screen === 'ticket' && state.screen !== 'ticket' && !completed) onComplete();
  }

  function submitCode(event: FormEvent) {
    event.preventDefault();
    act({ type: 'submitCode', typed, now: Date.now() });
  }

  const status = (
    <div aria-live="polite" className="ticket-purchase__status-region">
      {message ? (
        <p
          key={tries}
          className={`ticket-purchase__status ticket-purchase__status--${message.kind}`}
          id={`${codeHelpId}problem`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );

  const back = (label = t('back')) => (
    <button type="button" className="button button--quiet" onClick={() => act({ type: 'back' })}>
      {label}
    </button>
  );

  const appHeader = (title: string) => (
    <>
      <p className="sim__app">{t('appName')}</p>
      <h3 ref={headingRef} tabIndex={-1} className="ticket-purchase__title">
        {title}
      </h3>
    </>
  );

  if (reviewing) {
    const expected = config.tickets.find((entry) => entry.id === config.expected);
    return (
      <div className="sim ticket-purchase">
        <div className="ticket-purchase__screen">
          {appHeader(t('finished.title'))}
          <p>
            {t('finished.ticket', {
              ticket: expected ? ticketName(expected) : '',
              city: cityName(config.city),
            })}
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setReviewing(false);
              act({ type: 'restart' });
            }}
          >
            {t('finished.again')}
          </button>
        </div>
      </div>
    );
  }

  const situation = (
    <div className="ticket-purchase__situation">
      <p className="ticket-purchase__situation-title">{t('situation')}</p>
      <p>{word('situation')}</p>
    </div>
  );

  let screen: ReactNode;
  switch (state.screen) {
    case 'home':
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('home.title'))}
          <ul className="ticket-purchase__menu">
            <li>
              <button
                type="button"
                className="ticket-purchase__choice"
                onClick={() => act({ type: 'open', to: 'transport' })}
              >
                {t('home.transport')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="ticket-purchase__choice"
                onClick={() => act({ type: 'open', to: 'parking' })}
              >
                {t('home.parking')}
              </button>
            </li>
          </ul>
          {status}
        </div>
      );
      break;
    case 'cities':
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('cities.title'))}
          <ul className="ticket-purchase__menu">
            {config.cities.map((city) => (
              <li key={city}>
                <button
                  type="button"
                  className="ticket-purchase__choice"
                  onClick={() => act({ type: 'city', city })}
                >
                  {cityName(city)}
                </button>
              </li>
            ))}
          </ul>
          {status}
          {back()}
        </div>
      );
      break;
    case 'tickets':
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('tickets.title', { city: cityName(config.city) }))}
          <p className="ticket-purchase__note">{t('tickets.examplePrices')}</p>
          <p>{t('tickets.reducedNote')}</p>
          <ul className="ticket-purchase__menu">
            {config.tickets.map((ticket) => (
              <li key={ticket.id}>
                <button
                  type="button"
                  className="ticket-purchase__choice ticket-purchase__ticket-choice"
                  onClick={() => act({ type: 'ticket', ticket: ticket.id })}
                >
                  <span>{ticketName(ticket)}</span>
                  <span className="ticket-purchase__price">{money(ticket.price)}</span>
                </button>
              </li>
            ))}
          </ul>
          {status}
          {back()}
        </div>
      );
      break;
    case 'summary':
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('summary.title'))}
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
          {status}
          <div className="ticket-purchase__row">
            <button type="button" className="button" onClick={() => act({ type: 'pay' })}>
              {t('summary.payBlik')}
            </button>
            {back(t('summary.change'))}
          </div>
        </div>
      );
      break;
    case 'enterCode': {
      const left = state.code ? secondsLeft(state.code, now) : 0;
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('code.title'))}
          <p className="ticket-purchase__amount">
            {t('code.amount', { amount: chosen ? money(chosen.price) : '' })}
          </p>
          <p>{t('code.explain')}</p>
          <button type="button" className="button button--quiet" onClick={() => act({ type: 'openBank' })}>
            {t('code.openBank')}
          </button>
          {state.code ? (
            <p className="ticket-purchase__countdown">
              {left > 0 ? t('code.validFor', { time: formatCountdown(left) }) : t('code.expired')}
            </p>
          ) : null}
          <form className="ticket-purchase__form" noValidate onSubmit={submitCode}>
            <div className="field">
              <label htmlFor={codeId}>{t('code.label')}</label>
              <p id={codeHelpId} className="hint">
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
                aria-describedby={
                  message?.kind === 'problem' ? `${codeHelpId} ${codeHelpId}problem` : codeHelpId
                }
                aria-invalid={message?.kind === 'problem' ? true : undefined}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            {status}
            <div className="ticket-purchase__row">
              <button type="submit" className="button">
                {t('code.pay')}
              </button>
              {back()}
            </div>
          </form>
        </div>
      );
      break;
    }
    case 'bank':
      screen = (
        <BankCode
          headingRef={headingRef}
          code={state.code}
          now={now}
          onNewCode={() => act({ type: 'newCode', code: newBlikCode(Math.random, Date.now()) })}
          onBack={() => act({ type: 'backToShop' })}
        />
      );
      break;
    case 'confirm':
      screen = (
        <BankConfirm
          headingRef={headingRef}
          amount={chosen ? money(chosen.price) : ''}
          onConfirm={() => act({ type: 'confirm', now: Date.now() })}
          onReject={() => act({ type: 'reject' })}
        />
      );
      break;
    case 'ticket': {
      const boughtAt = state.boughtAt ?? now;
      const until = chosen ? validUntil(chosen, boughtAt) : undefined;
      screen = (
        <div className="ticket-purchase__screen">
          {appHeader(t('ticket.title'))}
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
                  {controlCode(`${config.city}:${state.ticket}:${boughtAt}`)}
                </dd>
              </div>
            </dl>
          </div>
          <p>{t('ticket.show')}</p>
          {chosen?.fare === 'reduced' ? <p>{t('ticket.document')}</p> : null}
        </div>
      );
      break;
    }
  }

  return (
    <div className="sim ticket-purchase">
      {state.screen === 'bank' || state.screen === 'confirm' ? null : situation}
      {screen}
    </div>
  );
}
