// UI half of the 'drone-zone-map' simulation, "Czy mogę tu latać?": a drawn map of a made-up town
// whose zones are real buttons with text labels (patterns and words, never colour alone). One place
// at a time: find it on the map, or judge whether a flight there is allowed. Wrong actions get a
// gentle hint and another try; right ones the explanation.
import '@/features/learn/practice/drone-zone-map/styles.css';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DroneZone, DroneZoneMapConfig, DroneZonePlace } from '@/content/simulations/drone-zone-map';
import {
  START,
  type ZoneMapAction,
  type ZoneMapState,
  zoneMapStep,
} from '@/features/learn/practice/drone-zone-map/logic';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';

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

export function DroneZoneMap({
  config,
  word,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<DroneZoneMapConfig>) {
  const { t } = useTranslation('sim-drone-zone-map');
  const [state, setState] = useState<ZoneMapState>(START);
  const [reviewing, setReviewing] = useState(completed);
  const [selected, setSelected] = useState<DroneZone>();
  const [tries, setTries] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<'heading' | 'result' | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === 'heading') headingRef.current?.focus();
    if (focusAfterRender.current === 'result') resultRef.current?.focus();
    focusAfterRender.current = null;
  });

  const zoneName = (zone: DroneZone) => t(`zones.${zone}.name`);

  function act(action: ZoneMapAction) {
    const result = zoneMapStep(config.places, state, action);
    setState(result.state);
    if (result.mistake) {
      setTries((count) => count + 1);
      onMistake();
      return;
    }
    if (result.state.resolved && !state.resolved) focusAfterRender.current = 'result';
    if (action.type === 'next' || action.type === 'restart') {
      setSelected(undefined);
      focusAfterRender.current = 'heading';
    }
    if (result.state.finished && !state.finished && !completed) onComplete();
  }

  if (reviewing) {
    return (
      <div className="sim drone-zone-map">
        <p className="sim__app">{t('title')}</p>
        <h3 className="sim__heading">{t('finished.title')}</h3>
        <ul className="sim__review">
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
        </ul>
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
    );
  }

  const place = config.places[state.index] as DroneZonePlace;
  const at = (key: string) => word(`places.${place.id}.${key}`);
  const isLast = state.index === config.places.length - 1;
  return (
    <div className="sim drone-zone-map">
      <p className="sim__app">{t('title')}</p>
      <h3 ref={headingRef} tabIndex={-1} className="sim__heading">
        {t('progress', { current: state.index + 1, total: config.places.length })}
      </h3>
      <div className="drone-zone-map__situation">
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

      <div className="sim__status" aria-live="polite">
        {state.wrong && !state.resolved ? (
          <p key={tries} className="sim__wrong">
            {t(state.wrong.kind === 'zone' ? 'wrongZone' : 'wrongAnswer', { hint: at('hint') })}
          </p>
        ) : null}
        {state.resolved ? (
          <div ref={resultRef} tabIndex={-1} className="sim__result drone-zone-map__result">
            <p className="sim__verdict">
              {place.ask === 'find'
                ? t('rightZone', { zone: zoneName(place.zone) })
                : t('rightAnswer', { answer: t(`answers.${place.answer}`) })}
            </p>
            <p>{at('explain')}</p>
          </div>
        ) : null}
        {state.finished ? <p className="drone-zone-map__done">{t('allDone')}</p> : null}
      </div>

      {state.resolved && !isLast ? (
        <button type="button" className="button" onClick={() => act({ type: 'next' })}>
          {t('next')}
        </button>
      ) : null}
    </div>
  );
}

const INK = '#1b1b1b';
const RED = '#a61b1b';

/** Decorative drawing of a zone: its pattern says what is there, together with the text label. */
function ZoneDrawing({ zone }: { zone: DroneZone }) {
  return (
    <svg
      className="drone-zone-map__drawing"
      viewBox="0 0 160 64"
      preserveAspectRatio="xMidYMid slice"
      width="100%"
      focusable="false"
      aria-hidden="true"
    >
      {DRAWINGS[zone]}
    </svg>
  );
}

/** Red diagonal stripes over a pale background and a no-entry sign: the no-fly pattern. */
const ORANGE = '#9a4a00';

function NoFly({ children }: { children: ReactNode }) {
  return (
    <>
      <rect width="160" height="64" fill="#fbe9e9" />
      {Array.from({ length: 15 }, (_, index) => {
        const x = index * 16 - 64;
        return <path key={x} d={`M${x} 64 ${x + 64} 0`} stroke={RED} strokeWidth="3" opacity="0.55" />;
      })}
      {children}
      <circle cx="114" cy="20" r="12" fill="#ffffff" stroke={RED} strokeWidth="4" />
      <path d="M106 28 122 12" stroke={RED} strokeWidth="4" />
    </>
  );
}

/** A zone where flight needs the zone manager's consent: orange dashed edge and a sign with "!". */
function ConsentZone({ children }: { children: ReactNode }) {
  return (
    <>
      <rect width="160" height="64" fill="#fdf1e3" />
      <rect
        x="2"
        y="2"
        width="156"
        height="60"
        fill="none"
        stroke={ORANGE}
        strokeWidth="4"
        strokeDasharray="10 6"
      />
      {children}
      <path d="M114 6 128 30H100Z" fill="#ffffff" stroke={ORANGE} strokeWidth="3" />
      <path d="M114 13v9M114 25v2" stroke={INK} strokeWidth="3" />
    </>
  );
}

/** Small people: a head and a body. */
function People({ at }: { at: readonly (readonly [number, number])[] }) {
  return (
    <>
      {at.map(([x, y]) => (
        <g key={`${x}-${y}`} fill={INK}>
          <circle cx={x} cy={y} r="2.6" />
          <rect x={x - 2.2} y={y + 3} width="4.4" height="6" rx="2" />
        </g>
      ))}
    </>
  );
}

const CROWD: [number, number][] = [];
for (let row = 0; row < 4; row += 1)
  for (let column = 0; column < 12; column += 1)
    CROWD.push([18 + column * 11 + (row % 2) * 5, 14 + row * 12]);

/** Blocks of flats as x, y, width, height; two windows a floor, a floor every 10 units. */
const BLOCKS: readonly (readonly [number, number, number, number])[] = [
  [10, 14, 30, 44],
  [50, 6, 26, 52],
  [88, 18, 30, 40],
  [128, 10, 24, 48],
];
const WINDOWS: [number, number, number][] = [];
for (const [x, y, w, h] of BLOCKS)
  for (let floorY = y + 5; floorY + 5 <= y + h - 6; floorY += 10)
    for (const column of [0, 1]) WINDOWS.push([x + 5 + column * (w / 2), floorY, w / 2 - 10]);

const DRAWINGS: Record<DroneZone, ReactNode> = {
  government: (
    <NoFly>
      <path d="M46 22h56L74 8Z" fill="#3d3d3d" />
      <rect x="48" y="22" width="52" height="32" fill="#3d3d3d" />
      {[54, 66, 78, 90].map((x) => (
        <rect key={x} x={x} y="26" width="5" height="24" fill="#ffffff" />
      ))}
      <rect x="44" y="54" width="60" height="5" fill={INK} />
    </NoFly>
  ),
  airport: (
    <ConsentZone>
      <rect x="8" y="44" width="110" height="12" fill="#3d3d3d" />
      <path d="M14 50h100" stroke="#ffffff" strokeWidth="2" strokeDasharray="8 6" />
      <path
        d="M40 26h50l10-10h6l-4 10h10l4-5h4l-2 7 2 7h-4l-4-5h-10l4 10h-6l-10-10H40Z"
        fill={INK}
        transform="translate(-10 4)"
      />
    </ConsentZone>
  ),
  park: (
    <>
      <rect width="160" height="64" fill="#d5ead0" />
      <path d="M0 40c40-10 80 10 160-4" stroke="#c9b98f" strokeWidth="8" fill="none" />
      {[
        [20, 18],
        [52, 14],
        [122, 16],
        [146, 40],
        [18, 52],
      ].map(([x, y]) => (
        <g key={`${x}-${y}`}>
          <rect x={(x ?? 0) - 1.5} y={y} width="3" height="10" fill="#5a3d2b" />
          <circle cx={x} cy={y} r="9" fill="#2b6a34" />
        </g>
      ))}
      <People
        at={[
          [78, 26],
          [100, 34],
          [64, 44],
        ]}
      />
    </>
  ),
  festival: (
    <>
      <rect width="160" height="64" fill="#f3e6c8" />
      <path d="M4 30 16 10l12 20Z" fill="#8b1414" />
      <path d="M132 30l12-20 12 20Z" fill="#1b4965" />
      <People at={CROWD} />
    </>
  ),
  estate: (
    <>
      <rect width="160" height="64" fill="#e6e6e6" />
      {BLOCKS.map(([x, y, w, h]) => (
        <rect key={x} x={x} y={y} width={w} height={h} fill="#6b6b6b" />
      ))}
      {WINDOWS.map(([x, y, w]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width={w} height="5" fill="#ffffff" />
      ))}
    </>
  ),
  field: (
    <>
      <rect width="160" height="64" fill="#f6ecb8" />
      {[10, 22, 34, 46, 58].map((y) => (
        <path key={y} d={`M0 ${y}c40-4 120 4 160 0`} stroke="#9a7b2f" strokeWidth="2.5" fill="none" />
      ))}
    </>
  ),
};
