// UI half of the 'scam-check' simulation, "Bezpieczne czy oszustwo?": one message or call at a time,
// judged with two big buttons. A wrong judgement gets a gentle nudge and another try; a right one gets
// the explanation of the warning signs, and a scam SMS the question of what to do with it (8080).
import '@/features/learn/practice/scam-check/styles.css';
import { useTranslation } from 'react-i18next';
import type { ScamChannel, ScamCheckConfig, ScamItem } from '@/content/simulations/scam-check';
import { ReviewScreen } from '@/features/learn/practice/kit/review-screen';
import { ResultBox, SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { useSimulation } from '@/features/learn/practice/kit/use-simulation';
import {
  FORWARD_OPTIONS,
  RIGHT_FORWARD_OPTION,
  type ScamAction,
  START,
  scamStep,
} from '@/features/learn/practice/scam-check/logic';
import type { WordFunction } from '@/features/learn/step-words';

const CHANNEL_ICONS: Record<ScamChannel, string> = {
  sms: 'M4 5h16v11H9l-5 4Z',
  chat: 'M4 5h16v11H9l-5 4ZM8 9h8m-8 3h5',
  call: 'M6.5 3.5h3l1.5 4-2 1.3a11 11 0 0 0 6.2 6.2l1.3-2 4 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2Z',
};

export function ScamCheck(props: SimulationProps<ScamCheckConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-scam-check');
  const frame = { kind: 'scam-check', app: t('title') };
  const { state, act, again, reviewing, tries, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: ScamAction) => scamStep(config.items, before, action),
    finished: (current) => current.finished,
    focusAfter: (action, result) => {
      if (result.mistake) return undefined;
      if (action.type === 'judge' && result.state.phase !== 'judging') return 'result';
      return action.type === 'next' ? 'heading' : undefined;
    },
  });

  if (reviewing) {
    return (
      <ReviewScreen {...frame} title={t('finished.title')} again={t('finished.again')} onAgain={again}>
        {config.items.map((item) => (
          <li key={item.id}>
            {t('finished.item', {
              from: word(`items.${item.id}.from`),
              verdict: item.scam ? t('finished.verdictScam') : t('finished.verdictSafe'),
            })}
          </li>
        ))}
      </ReviewScreen>
    );
  }

  const item = config.items[state.index] as ScamItem;
  const at = (key: string) => word(`items.${item.id}.${key}`);
  const isLast = state.index === config.items.length - 1;
  const status = (
    <>
      {state.wrong?.kind === 'judgement' ? (
        <p key={tries} className="sim__wrong">
          {t('wrong', { hint: at('hint') })}
        </p>
      ) : null}
      {state.wrong?.kind === 'forward' ? (
        <p key={tries} className="sim__wrong">
          {t(`forward.feedback.${state.wrong.option}`)}
        </p>
      ) : null}
      {state.phase === 'resolved' && item.channel === 'sms' && item.scam ? (
        <p className="scam-check__right">{t(`forward.feedback.${RIGHT_FORWARD_OPTION}`)}</p>
      ) : null}
      {state.finished ? <p className="scam-check__right">{t('allDone')}</p> : null}
    </>
  );
  return (
    <SimulatedApp
      {...frame}
      heading={t('progress', { current: state.index + 1, total: config.items.length })}
      headingRef={focusRef('heading')}
      status={status}
      next={
        state.phase === 'resolved' && !isLast
          ? { label: t('next'), onNext: () => act({ type: 'next' }) }
          : undefined
      }
    >
      <ItemCard item={item} at={at} />

      {state.phase === 'judging' ? (
        <fieldset className="scam-check__judge">
          <legend className="scam-check__question">{t('question')}</legend>
          <div className="scam-check__buttons">
            <button
              type="button"
              className="button scam-check__safe"
              onClick={() => act({ type: 'judge', scam: false })}
            >
              {t('safe')}
            </button>
            <button
              type="button"
              className="button scam-check__scam"
              onClick={() => act({ type: 'judge', scam: true })}
            >
              {t('scam')}
            </button>
          </div>
        </fieldset>
      ) : (
        <ResultBox resultRef={focusRef('result')} className="scam-check__result">
          <p className="sim__verdict">{item.scam ? t('rightScam') : t('rightSafe')}</p>
          <p>{at('explain')}</p>
        </ResultBox>
      )}

      {state.phase === 'forwarding' ? (
        <fieldset className="scam-check__forward">
          <legend className="scam-check__question">{t('forward.question')}</legend>
          <ul className="sim__list scam-check__options">
            {FORWARD_OPTIONS.map((option) => (
              <li key={option}>
                <button
                  type="button"
                  className="button button--quiet sim__wide scam-check__option"
                  onClick={() => act({ type: 'forward', option })}
                >
                  {t(`forward.options.${option}`)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </SimulatedApp>
  );
}

function ItemCard({ item, at }: { item: ScamItem; at: WordFunction }) {
  const { t } = useTranslation('sim-scam-check');
  const speaker = (fromMe: boolean) =>
    fromMe ? t('speaker.you') : item.channel === 'call' ? t('speaker.call') : t('speaker.message');
  return (
    <div className={`sim__panel scam-check__item scam-check__item--${item.channel}`}>
      <p className="scam-check__channel">
        <svg width="1.4em" height="1.4em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d={CHANNEL_ICONS[item.channel]}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {t(`channel.${item.channel}`)}
      </p>
      <p className="scam-check__from">{t('from', { from: at('from') })}</p>
      <ol className="sim__bubbles scam-check__lines" aria-label={t('lines')}>
        {item.lines.map((line) => (
          <li
            key={line.id}
            className={`sim__bubble sim__bubble--${line.fromMe ? 'me' : 'them'} scam-check__line scam-check__line--${line.fromMe ? 'me' : 'them'}`}
          >
            {/* In a written message the bubble shows who wrote it; in a call, the speaker is always named. */}
            <span
              className={
                item.channel === 'call' || line.fromMe
                  ? 'scam-check__speaker'
                  : 'scam-check__speaker visually-hidden'
              }
            >
              {speaker(line.fromMe)}:
            </span>{' '}
            {at(`lines.${line.id}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}
