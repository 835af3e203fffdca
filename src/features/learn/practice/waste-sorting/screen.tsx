// UI half of the 'waste-sorting' simulation, "Do którego pojemnika?": the things to throw away are
// toggle buttons with a drawing and a name; the bins are buttons named by words and their colour
// (never colour alone). Pick a thing, then a bin — by touch, mouse or keyboard. A wrong bin gets an
// explanation specific to the thing and another try; the right one says why it is right.
import '@/features/learn/practice/waste-sorting/styles.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WASTE_BINS,
  type WasteDestination,
  type WasteSortingConfig,
} from '@/content/simulations/waste-sorting';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import {
  type SortingAction,
  type SortingState,
  START,
  sortingStep,
  unsortedItems,
} from '@/features/learn/practice/waste-sorting/logic';
import { BinDrawing, ItemDrawing } from '@/features/learn/practice/waste-sorting/pictures';

type Focus = 'items' | 'bins' | 'result' | null;

export function WasteSorting({
  config,
  word,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<WasteSortingConfig>) {
  const { t } = useTranslation('sim-waste-sorting');
  const [state, setState] = useState<SortingState>(START);
  const [reviewing, setReviewing] = useState(completed);
  const [tries, setTries] = useState(0);
  const itemsHeadingRef = useRef<HTMLHeadingElement>(null);
  const binsHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<Focus>(null);
  const itemsId = useId();
  const binsId = useId();

  useEffect(() => {
    const target = { items: itemsHeadingRef, bins: binsHeadingRef, result: resultRef };
    if (focusAfterRender.current) target[focusAfterRender.current].current?.focus();
    focusAfterRender.current = null;
  });

  const destinations: WasteDestination[] = [...WASTE_BINS, ...(config.extras ?? [])];
  const name = (id: string) => word(`items.${id}.name`);
  const binName = (bin: WasteDestination) => t(`bins.${bin}.name`);
  const binLabel = (bin: WasteDestination) =>
    t('binLabel', { name: binName(bin), colour: t(`bins.${bin}.colour`) });
  const binOf = (id: string) => config.items.find((entry) => entry.id === id)?.bin ?? 'mixed';

  function act(action: SortingAction) {
    const result = sortingStep(config.items, state, action);
    setState(result.state);
    if (result.mistake) {
      setTries((count) => count + 1);
      const item = result.state.selected;
      // The hint after the second mistake names the right bin of the thing the learner is stuck on.
      onMistake(item ? t('hintBin', { item: name(item), bin: binLabel(binOf(item)) }) : undefined);
      return;
    }
    if (action.type === 'pick') focusAfterRender.current = 'bins';
    if (result.state.last?.kind === 'right') focusAfterRender.current = 'result';
    if (action.type === 'restart') focusAfterRender.current = 'items';
    if (result.state.finished && !state.finished && !completed) onComplete();
  }

  if (reviewing) {
    return (
      <div className="sim waste-sorting">
        <p className="sim__app">{t('title')}</p>
        <h3 className="sim__heading">{t('review.title')}</h3>
        <ul className="sim__review">
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
        </ul>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setReviewing(false);
            act({ type: 'restart' });
          }}
        >
          {t('review.again')}
        </button>
      </div>
    );
  }

  const unsorted = unsortedItems(config.items, state);
  const selected = state.selected;
  const last = state.last;
  return (
    <div className="sim waste-sorting">
      <p className="sim__app">{t('title')}</p>
      <p className="waste-sorting__progress">
        {t('progress', { sorted: state.sorted.length, total: config.items.length })}
      </p>

      <section className="waste-sorting__items" aria-labelledby={itemsId}>
        <h3 ref={itemsHeadingRef} tabIndex={-1} id={itemsId} className="sim__heading">
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
        <h3 ref={binsHeadingRef} tabIndex={-1} id={binsId} className="sim__heading">
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

      <div className="sim__status" aria-live="polite">
        {last?.kind === 'pickFirst' ? <p className="waste-sorting__note">{t('pickFirst')}</p> : null}
        {last?.kind === 'wrong' ? (
          <p key={tries} className="sim__wrong">
            {t('wrong', { item: name(last.item), bin: binName(last.bin) })} {word(`items.${last.item}.wrong`)}
          </p>
        ) : null}
        {last?.kind === 'right' ? (
          <div ref={resultRef} tabIndex={-1} className="sim__result waste-sorting__result">
            <p className="sim__verdict">
              {t('right', { item: name(last.item), bin: binLabel(binOf(last.item)) })}
            </p>
            <p>{word(`items.${last.item}.right`)}</p>
            {state.finished ? <p className="sim__verdict">{t('allDone')}</p> : null}
          </div>
        ) : null}
      </div>

      {last?.kind === 'right' && !state.finished ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setState({ ...state, last: undefined });
            focusAfterRender.current = 'items';
          }}
        >
          {t('nextItem')}
        </button>
      ) : null}
    </div>
  );
}
