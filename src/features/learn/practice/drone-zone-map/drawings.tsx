// The decorative drawings of the 'drone-zone-map' simulation's zones: each pattern says what is there
// (no-fly stripes, a consent hatch, people, a crowd, blocks of flats, an empty field), always beside a
// text label, never instead of one.
import type { ReactNode } from 'react';
import type { DroneZone } from '@/content/simulations/drone-zone-map';

const INK = '#1b1b1b';
const RED = '#a61b1b';

/** Decorative drawing of a zone: its pattern says what is there, together with the text label. */
export function ZoneDrawing({ zone }: { zone: DroneZone }) {
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
