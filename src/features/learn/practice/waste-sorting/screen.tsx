// UI half of the 'waste-sorting' simulation, "Do którego pojemnika?": the things to throw away are
// toggle buttons with a drawing and a name; the bins are buttons named by words and their colour
// (never colour alone). Pick a thing, then a bin — by touch, mouse or keyboard. A wrong bin gets an
// explanation specific to the thing and another try; the right one says why it is right.
import '@/features/learn/practice/waste-sorting/styles.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WASTE_BINS,
  type WasteDestination,
  type WasteSortingConfig,
} from '@/content/simulations/waste-sorting';
import { ReviewScreen } from '@/features/learn/practice/kit/review-screen';
import { ResultBox, SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { useSimulation } from '@/features/learn/practice/kit/use-simulation';
import {
  type SortingAction,
  START,
  sortingStep,
  unsortedItems,
} from '@/features/learn/practice/waste-sorting/logic';
import { BinDrawing, ItemDrawing } from '@/features/learn/practice/waste-sorting/pictures';

export function WasteSorting(props: SimulationProps<WasteSortingConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-waste-sorting');
  const frame = { kind: 'waste-sorting', app: t('title') };
  const itemsId = useId();
  const binsId = useId();

  const destinations: WasteDestination[] = [...WASTE_BINS, ...(config.extras ?? [])];
  const name = (id: string) => word(`items.${id}.name`);
  const binName = (bin: WasteDestination) => t(`bins.${bin}.name`);
  const binLabel = (bin: WasteDestination) =>
    t('binLabel', { name: binName(bin), colour: t(`bins.${bin}.colour`) });
  const binOf = (id: string) => config.items.find((entry) => entry.id === id)?.bin ?? 'mixed';

  // The heading of the things to sort is the simulation's heading: the focus goes there on a new start.
  const { state, setState, act, again, reviewing, tries, focus, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: SortingAction) => {
      const result = sortingStep(config.items, before, action);
      const item = result.state.selected;
      // The hint after the second mistake names the right bin of the thing the learner is stuck on.
      if (result.mistake && item)
        return { ...result, hint: t('hintBin', { item: name(item), bin: binLabel(binOf(item)) }) };
      return result;
    },
    finished: (current) => current.finished,
    focusAfter: (action, result) => {
      if (result.mistake) return undefined;
      if (result.state.last?.kind === 'right') return 'result';
      return action.type === 'pick' ? 'bins' : undefined;
    },
  });

  if (reviewing) {
    return (
      <ReviewScreen {...frame} title={t('review.title')} again={t('review.again')} onAgain={again}>
        {config.items.map((item) => (
          <li key={item.id}>
            <ItemDrawing drawing={item.drawing} />
            <div>
              <p>
                <strong>{t('review.item', { item: name(item.id), bin: binLabel(item.bin) })}</strong>
              </p>
              <p>{word(`items.${item.id}.right`)}</p>
            </div>
          </li>
        ))}
      </ReviewScreen>
    );
  }

  const unsorted = unsortedItems(config.items, state);
  const selected = state.selected;
  const last = state.last;
  return (
    <SimulatedApp
      {...frame}
      intro={
        <p className="waste-sorting__progress">
          {t('progress', { sorted: state.sorted.length, total: config.items.length })}
        </p>
      }
      status={
        <>
          {last?.kind === 'pickFirst' ? <p className="waste-sorting__note">{t('pickFirst')}</p> : null}
          {last?.kind === 'wrong' ? (
            <p key={tries} className="sim__wrong">
              {t('wrong', { item: name(last.item), bin: binName(last.bin) })}{' '}
              {word(`items.${last.item}.wrong`)}
            </p>
          ) : null}
          {last?.kind === 'right' ? (
            <ResultBox resultRef={focusRef('result')} className="waste-sorting__result">
              <p className="sim__verdict">
                {t('right', { item: name(last.item), bin: binLabel(binOf(last.item)) })}
              </p>
              <p>{word(`items.${last.item}.right`)}</p>
              {state.finished ? <p className="sim__verdict">{t('allDone')}</p> : null}
            </ResultBox>
          ) : null}
        </>
      }
      footer={
        last?.kind === 'right' && !state.finished ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ ...state, last: undefined });
              focus('heading');
            }}
          >
            {t('nextItem')}
          </button>
        ) : null
      }
    >
      <section className="waste-sorting__items" aria-labelledby={itemsId}>
        <h3 ref={focusRef('heading')} tabIndex={-1} id={itemsId} className="sim__heading">
          {state.finished ? t('allSorted') : t('itemsTitle')}
        </h3>
        {unsorted.length > 0 ? (
          <ul className="waste-sorting__item-list">
            {unsorted.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="waste-sorting__item"
                  aria-pressed={selected === item.id}
                  onClick={() => act({ type: 'pick', item: item.id })}
                >
                  <ItemDrawing drawing={item.drawing} />
                  <span className="waste-sorting__item-name">{name(item.id)}</span>{' '}
                  {selected === item.id ? <span className="waste-sorting__chosen">{t('chosen')}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="waste-sorting__bins" aria-labelledby={binsId}>
        <h3 ref={focusRef('bins')} tabIndex={-1} id={binsId} className="sim__heading">
          {selected ? t('whereItem', { item: name(selected) }) : t('binsTitle')}
        </h3>
        <ul className="waste-sorting__bin-list">
          {destinations.map((bin) => {
            const inside = state.sorted.filter((id) => binOf(id) === bin);
            return (
              <li key={bin}>
                <button
                  type="button"
                  className={`waste-sorting__bin waste-sorting__bin--${bin}`}
                  onClick={() => act({ type: 'drop', bin })}
                >
                  <BinDrawing bin={bin} />
                  <span className="waste-sorting__bin-text">
                    <span className="waste-sorting__bin-name">{binName(bin)}</span>{' '}
                    <span className="waste-sorting__bin-colour">{t(`bins.${bin}.colour`)}</span>{' '}
                    {inside.length > 0 ? (
                      <span className="waste-sorting__inside">
                        {t('inside', { items: inside.map(name).join(', ') })}
                      </span>
                    ) : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </SimulatedApp>
  );
}
