// UI half of the 'drone-zone-map' simulation, "Czy mogę tu latać?": a drawn map of a made-up town
// whose zones are real buttons with text labels (patterns and words, never colour alone). One place
// at a time: find it on the map, or judge whether a flight there is allowed. Wrong actions get a
// gentle hint and another try; right ones the explanation.
import '@/features/learn/practice/drone-zone-map/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DroneZone, DroneZoneMapConfig, DroneZonePlace } from '@/content/simulations/drone-zone-map';
import { ZoneDrawing } from '@/features/learn/practice/drone-zone-map/drawings';
import { START, type ZoneMapAction, zoneMapStep } from '@/features/learn/practice/drone-zone-map/logic';
import { ReviewScreen } from '@/features/learn/practice/kit/review-screen';
import { ResultBox, SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { questionFocus, useSimulation } from '@/features/learn/practice/kit/use-simulation';

/** The zones in map order: left to right, top to bottom. */
const MAP_ORDER: readonly DroneZone[] = ['airport', 'field', 'estate', 'park', 'government', 'festival'];

type ZoneStatus = 'noFly' | 'consent' | 'people' | 'crowd' | 'homes' | 'empty';
const ZONE_STATUS: Record<DroneZone, ZoneStatus> = {
  government: 'noFly',
  airport: 'consent',
  park: 'people',
  festival: 'crowd',
  estate: 'homes',
  field: 'empty',
};

export function DroneZoneMap(props: SimulationProps<DroneZoneMapConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-drone-zone-map');
  const frame = { kind: 'drone-zone-map', app: t('title') };
  const [selected, setSelected] = useState<DroneZone>();
  const { state, act, again, reviewing, tries, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: ZoneMapAction) => zoneMapStep(config.places, before, action),
    finished: (current) => current.finished,
    focusAfter: questionFocus,
  });

  const zoneName = (zone: DroneZone) => t(`zones.${zone}.name`);

  if (reviewing) {
    return (
      <ReviewScreen
        {...frame}
        title={t('finished.title')}
        again={t('finished.again')}
        onAgain={() => {
          setSelected(undefined);
          again();
        }}
      >
        {config.places.map((place) => (
          <li key={place.id}>
            <span>{word(`places.${place.id}.text`)}</span>{' '}
            <strong>
              {place.ask === 'find'
                ? t('finished.found', { zone: zoneName(place.zone) })
                : t('finished.answer', { answer: t(`answers.${place.answer}`) })}
            </strong>
          </li>
        ))}
      </ReviewScreen>
    );
  }

  const place = config.places[state.index] as DroneZonePlace;
  const at = (key: string) => word(`places.${place.id}.${key}`);
  const isLast = state.index === config.places.length - 1;
  return (
    <SimulatedApp
      {...frame}
      heading={t('progress', { current: state.index + 1, total: config.places.length })}
      headingRef={focusRef('heading')}
      status={
        <>
          {state.wrong && !state.resolved ? (
            <p key={tries} className="sim__wrong">
              {t(state.wrong.kind === 'zone' ? 'wrongZone' : 'wrongAnswer', { hint: at('hint') })}
            </p>
          ) : null}
          {state.resolved ? (
            <ResultBox resultRef={focusRef('result')} className="drone-zone-map__result">
              <p className="sim__verdict">
                {place.ask === 'find'
                  ? t('rightZone', { zone: zoneName(place.zone) })
                  : t('rightAnswer', { answer: t(`answers.${place.answer}`) })}
              </p>
              <p>{at('explain')}</p>
            </ResultBox>
          ) : null}
          {state.finished ? <p className="drone-zone-map__done">{t('allDone')}</p> : null}
        </>
      }
      next={
        state.resolved && !isLast
          ? {
              label: t('next'),
              onNext: () => {
                setSelected(undefined);
                act({ type: 'next' });
              },
            }
          : undefined
      }
    >
      <div className="sim__situation drone-zone-map__situation">
        <p className="drone-zone-map__place">{at('text')}</p>
        <p>{place.ask === 'find' ? t('find') : t('judge')}</p>
      </div>

      <fieldset className="drone-zone-map__map">
        <legend className="drone-zone-map__map-title">{t('map')}</legend>
        <p className="drone-zone-map__note">{t('mapNote')}</p>
        <ul className="drone-zone-map__zones">
          {MAP_ORDER.map((zone) => {
            const status = ZONE_STATUS[zone];
            const here = place.ask === 'judge' && place.zone === zone;
            return (
              <li key={zone}>
                <button
                  type="button"
                  className={`drone-zone-map__zone drone-zone-map__zone--${status}${
                    selected === zone ? ' drone-zone-map__zone--selected' : ''
                  }`}
                  onClick={() => {
                    setSelected(zone);
                    act({ type: 'tapZone', zone });
                  }}
                >
                  <ZoneDrawing zone={zone} />
                  <span className="drone-zone-map__label">
                    <span className="drone-zone-map__name">{zoneName(zone)}</span>{' '}
                    <span className="drone-zone-map__status">{t(`status.${status}`)}</span>{' '}
                    {here ? <span className="drone-zone-map__here">{t('here')}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {/* What is in the tapped zone, right under the map, where the learner is looking. */}
        <div aria-live="polite">
          {selected ? (
            <p className="drone-zone-map__info">
              {t('selected', { zone: zoneName(selected), info: t(`zones.${selected}.info`) })}
            </p>
          ) : null}
        </div>
        <details className="drone-zone-map__legend">
          <summary>{t('legend.title')}</summary>
          <ul>
            <li>{t('legend.noFly')}</li>
            <li>{t('legend.consent')}</li>
            <li>{t('legend.people')}</li>
            <li>{t('legend.homes')}</li>
            <li>{t('legend.field')}</li>
          </ul>
        </details>
      </fieldset>

      {place.ask === 'judge' && !state.resolved ? (
        <fieldset className="drone-zone-map__answers">
          <legend className="drone-zone-map__question">{t('question')}</legend>
          <ul>
            {config.answers.map((answer) => (
              <li key={answer}>
                <button
                  type="button"
                  className="button button--quiet drone-zone-map__answer"
                  onClick={() => act({ type: 'answer', answer })}
                >
                  {t(`answers.${answer}`)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </SimulatedApp>
  );
}
