// UI half of the 'ticket-purchase' simulation: a made-up ticket app ("Bilety (ćwiczenie)") where the
// learner picks the city and the ticket that fit their situation and pays with BLIK, switching to a
// made-up bank app for the code and the confirmation; the ticket then shows its validity and a
// control code. The rules are in logic.ts, the bank app in bank.tsx, the bigger screens in shop.tsx.
import '@/features/learn/practice/ticket-purchase/styles.css';
import { createElement, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketPurchaseConfig } from '@/content/simulations/ticket-purchase';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { useSimulation } from '@/features/learn/practice/kit/use-simulation';
import { BankCode, BankConfirm } from '@/features/learn/practice/ticket-purchase/bank';
import {
  type Note,
  newBlikCode,
  type Problem,
  type PurchaseAction,
  type PurchaseState,
  purchaseStep,
  SPECIFIC_HINTS,
  START,
} from '@/features/learn/practice/ticket-purchase/logic';
import {
  CodeScreen,
  Menu,
  StatusLine,
  SummaryDetails,
  TicketScreen,
  useClock,
  useShopWords,
} from '@/features/learn/practice/ticket-purchase/shop';

/** The ticket app's state with what the learner was told after the last action. */
type ShopState = { at: PurchaseState; problem?: Problem; note?: Note };

export function TicketPurchase(props: SimulationProps<TicketPurchaseConfig>) {
  const { config, word, language } = props;
  const { t } = useTranslation('sim-ticket-purchase');
  const problemId = useId();
  const words = useShopWords(word, language);
  const { money, cityName, ticketName } = words;
  const problemText = (problem: Problem) =>
    t(`problem.${problem}`, { city: cityName(config.city), tripHint: word('tripHint') });

  const sim = useSimulation(props, {
    start: (): ShopState => ({ at: START }),
    step: (before, action: PurchaseAction) => {
      const { state, problem, note } = purchaseStep(config, before.at, action);
      if (!problem) return { state: { at: state, note } };
      const hint = SPECIFIC_HINTS.includes(problem) ? problemText(problem) : undefined;
      return { state: { at: state, problem }, mistake: true, hint };
    },
    finished: (current) => current.at.screen === 'ticket',
    focusAfter: (action, result, before) => {
      // A wrong code keeps the learner in its field; each new screen's heading takes focus.
      if (result.mistake) return action.type === 'submitCode' ? 'input' : undefined;
      return result.state.at.screen !== before.at.screen ? 'heading' : undefined;
    },
  });
  const { at: state, problem, note } = sim.state;
  const headingRef = sim.focusRef('heading');
  const now = useClock(state.code);
  const chosen = config.tickets.find((entry) => entry.id === state.ticket);

  function act(action: PurchaseAction) {
    // A note is no mistake, but it counts as a try so the same note is announced again.
    if (sim.act(action).state.note) sim.countTry();
  }

  const message = problem
    ? { text: problemText(problem), kind: 'problem' as const }
    : note
      ? { text: t(`note.${note}`), kind: 'note' as const }
      : undefined;
  const status = <StatusLine id={problemId} message={message} tries={sim.tries} />;

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

  /** A screen of the ticket app: its bar and heading, then its parts. */
  // The parts are passed as separate children (not an array), so they need no keys.
  const page = (title: string, ...parts: ReactNode[]) =>
    createElement('div', { className: 'ticket-purchase__screen' }, appHeader(title), ...parts);

  if (sim.reviewing) {
    const expected = config.tickets.find((entry) => entry.id === config.expected);
    return (
      <div className="sim ticket-purchase">
        {page(
          t('finished.title'),
          <p>
            {t('finished.ticket', {
              ticket: expected ? ticketName(expected) : '',
              city: cityName(config.city),
            })}
          </p>,
          <button type="button" className="button button--quiet" onClick={() => sim.again()}>
            {t('finished.again')}
          </button>,
        )}
      </div>
    );
  }

  const situation = (
    <div className="sim__situation ticket-purchase__situation">
      <p className="ticket-purchase__situation-title">{t('situation')}</p>
      <p>{word('situation')}</p>
    </div>
  );

  let screen: ReactNode;
  switch (state.screen) {
    case 'home':
      screen = page(
        t('home.title'),
        <Menu
          items={[
            {
              key: 'transport',
              label: t('home.transport'),
              onClick: () => act({ type: 'open', to: 'transport' }),
            },
            { key: 'parking', label: t('home.parking'), onClick: () => act({ type: 'open', to: 'parking' }) },
          ]}
        />,
        status,
      );
      break;
    case 'cities':
      screen = page(
        t('cities.title'),
        <Menu
          items={config.cities.map((city) => ({
            key: city,
            label: cityName(city),
            onClick: () => act({ type: 'city', city }),
          }))}
        />,
        status,
        back(),
      );
      break;
    case 'tickets':
      screen = page(
        t('tickets.title', { city: cityName(config.city) }),
        <p className="ticket-purchase__note">{t('tickets.examplePrices')}</p>,
        <p>{t('tickets.reducedNote')}</p>,
        <Menu
          items={config.tickets.map((ticket) => ({
            key: ticket.id,
            className: 'ticket-purchase__ticket-choice',
            label: (
              <>
                <span>{ticketName(ticket)}</span>
                <span className="ticket-purchase__price">{money(ticket.price)}</span>
              </>
            ),
            onClick: () => act({ type: 'ticket', ticket: ticket.id }),
          }))}
        />,
        status,
        back(),
      );
      break;
    case 'summary':
      screen = page(
        t('summary.title'),
        <SummaryDetails config={config} chosen={chosen} words={words} />,
        status,
        <div className="ticket-purchase__row">
          <button type="button" className="button" onClick={() => act({ type: 'pay' })}>
            {t('summary.payBlik')}
          </button>
          {back(t('summary.change'))}
        </div>,
      );
      break;
    case 'enterCode':
      screen = (
        <CodeScreen
          header={appHeader(t('code.title'))}
          amount={chosen ? money(chosen.price) : ''}
          code={state.code}
          now={now}
          status={status}
          problemId={problem ? problemId : undefined}
          inputRef={sim.focusRef('input')}
          back={back()}
          onOpenBank={() => act({ type: 'openBank' })}
          onSubmit={(typed) => act({ type: 'submitCode', typed, now: Date.now() })}
        />
      );
      break;
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
    case 'ticket':
      screen = (
        <TicketScreen
          header={appHeader(t('ticket.title'))}
          config={config}
          chosen={chosen}
          boughtAt={state.boughtAt ?? now}
          words={words}
        />
      );
      break;
  }

  return (
    <div className="sim ticket-purchase">
      {state.screen === 'bank' || state.screen === 'confirm' ? null : situation}
      {screen}
    </div>
  );
}
