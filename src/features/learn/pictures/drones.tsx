// Pictures of the 'drones' module: simple, high-contrast SVG drawings, decorative details kept few.
// The player wraps each in a <figure role="img"> labelled by the step's `pictureAlt`, so the SVGs are hidden.
import type { ComponentType, ReactNode } from 'react';

const INK = '#1b1b1b';
const BLUE = '#1b4965';
const PALE = '#e3eef6';
const PAPER = '#ffffff';
const RED = '#a61b1b';
const GREEN = '#2b6a34';
const GRASS = '#d5ead0';
const GREY = '#6b6b6b';

function Drawing({ children, viewBox = '0 0 320 200' }: { children: ReactNode; viewBox?: string }) {
  return (
    <svg viewBox={viewBox} width="100%" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

/** A quadcopter seen from the front, centred on (x, y); `scale` 1 is 64 units wide. */
function Drone({ x, y, scale = 1 }: { x: number; y: number; scale?: number }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <path d="M-28 -6h56" stroke={INK} strokeWidth="4" strokeLinecap="round" />
      <rect x="-30" y="-14" width="16" height="4" rx="2" fill={INK} />
      <rect x="14" y="-14" width="16" height="4" rx="2" fill={INK} />
      <path d="M-22 -10v4M22 -10v4" stroke={INK} strokeWidth="3" />
      <rect x="-12" y="-10" width="24" height="14" rx="5" fill={BLUE} />
      <circle cx="0" cy="8" r="4" fill={INK} />
      <path d="M-10 4-14 12M10 4l4 8" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </g>
  );
}

/** A standing person, feet at (x, y), about 48 units tall at scale 1. */
function Person({
  x,
  y,
  scale = 1,
  shirt = GREEN,
}: {
  x: number;
  y: number;
  scale?: number;
  shirt?: string;
}) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <circle cx="0" cy="-40" r="8" fill="#f0c9a0" stroke={INK} strokeWidth="1.5" />
      <path d="M-10 -30h20l2 18h-24Z" fill={shirt} />
      <path d="M-6 -12v12M6 -12v12" stroke={INK} strokeWidth="4" strokeLinecap="round" />
    </g>
  );
}

function House({ x, y, w = 40, h = 30 }: { x: number; y: number; w?: number; h?: number }) {
  return (
    <g>
      <path d={`M${x - 4} ${y}L${x + w / 2} ${y - h / 2}L${x + w + 4} ${y}Z`} fill={RED} />
      <rect x={x} y={y} width={w} height={h} fill={GREY} />
      <rect x={x + w / 2 - 5} y={y + h - 14} width="10" height="14" fill={PAPER} />
    </g>
  );
}

/** A phone outline with its screen at (x+8, y+18), size (w-16) × (h-36). */
function Phone({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return (
    <>
      <rect x={x} y={y} width={w} height={h} rx="14" fill={INK} />
      <rect x={x + 8} y={y + 18} width={w - 16} height={h - 36} rx="3" fill={PAPER} />
      <rect x={x + w / 2 - 12} y={y + 7} width="24" height="4" rx="2" fill={GREY} />
    </>
  );
}

function Tick({ x, y, r = 14 }: { x: number; y: number; r?: number }) {
  return (
    <>
      <circle cx={x} cy={y} r={r} fill={GREEN} />
      <path
        d={`M${x - r / 2} ${y}l${r / 3} ${r / 3} ${r / 1.6} ${-r / 1.6}`}
        stroke={PAPER}
        strokeWidth="4"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  );
}

function OpenCategoryPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect y="168" width="320" height="32" fill={GRASS} />
      <path d="M250 30v138" stroke={INK} strokeWidth="3" strokeDasharray="6 6" />
      <path d="M240 30h20M240 168h20" stroke={INK} strokeWidth="3" />
      <text x="262" y="104" fontSize="18" fontWeight="700" fill={INK} fontFamily="sans-serif">
        120 m
      </text>
      <Drone x={170} y={50} scale={1.2} />
      <path d="M96 120 158 64" stroke={BLUE} strokeWidth="2.5" strokeDasharray="3 6" />
      <Person x={86} y={168} scale={1.4} />
      <rect x="78" y="118" width="22" height="14" rx="3" fill={INK} />
    </Drawing>
  );
}

function SubcategoriesPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect y="168" width="320" height="32" fill={GRASS} />
      <path d="M104 20v148M214 20v148" stroke={GREY} strokeWidth="2" strokeDasharray="4 6" />
      {/* A1: over single people. */}
      <text x="40" y="32" fontSize="20" fontWeight="700" fill={INK} fontFamily="sans-serif">
        A1
      </text>
      <Drone x={54} y={70} scale={0.8} />
      <Person x={40} y={168} />
      <Person x={70} y={168} shirt={BLUE} />
      {/* A2: at least 30 m from people. */}
      <text x="146" y="32" fontSize="20" fontWeight="700" fill={INK} fontFamily="sans-serif">
        A2
      </text>
      <Drone x={186} y={86} scale={0.8} />
      <Person x={126} y={168} />
      <path d="M136 140h44" stroke={INK} strokeWidth="2.5" />
      <path d="m136 140 6-4v8Zm44 0-6-4v8Z" fill={INK} />
      <text x="140" y="132" fontSize="13" fontWeight="700" fill={INK} fontFamily="sans-serif">
        30 m
      </text>
      {/* A3: at least 150 m from houses. */}
      <text x="256" y="32" fontSize="20" fontWeight="700" fill={INK} fontFamily="sans-serif">
        A3
      </text>
      <House x={226} y={138} w={26} h={30} />
      <Drone x={296} y={96} scale={0.7} />
      <path d="M258 150h34" stroke={INK} strokeWidth="2.5" />
      <path d="m258 150 6-4v8Zm34 0-6-4v8Z" fill={INK} />
      <text x="256" y="142" fontSize="13" fontWeight="700" fill={INK} fontFamily="sans-serif">
        150 m
      </text>
    </Drawing>
  );
}

function ClassMarksPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Drone x={160} y={104} scale={3.4} />
      <rect x="136" y="80" width="48" height="30" rx="4" fill={PAPER} stroke={INK} strokeWidth="3" />
      <text
        x="160"
        y="103"
        fontSize="22"
        fontWeight="700"
        fill={INK}
        textAnchor="middle"
        fontFamily="sans-serif"
      >
        C0
      </text>
    </Drawing>
  );
}

function RegisterPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={70} y={12} w={110} h={176} />
      {[50, 82, 114].map((y) => (
        <g key={y}>
          <rect x="88" y={y} width="50" height="6" rx="3" fill={GREY} />
          <rect x="88" y={y + 10} width="74" height="14" rx="3" fill={PAPER} stroke={INK} strokeWidth="2" />
        </g>
      ))}
      <Tick x={125} y={152} />
      <Drone x={246} y={110} scale={1.4} />
    </Drawing>
  );
}

function OperatorNumberPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Drone x={160} y={100} scale={3.4} />
      <rect x="122" y="80" width="76" height="30" rx="4" fill={PAPER} stroke={INK} strokeWidth="3" />
      <path d="M130 90h60M130 100h44" stroke={INK} strokeWidth="4" strokeLinecap="round" />
    </Drawing>
  );
}

function CheckInPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={100} y={6} w={120} h={188} />
      <rect x="108" y="24" width="104" height="152" fill={GRASS} />
      <path d="M108 120h104M150 24v152" stroke={PAPER} strokeWidth="6" />
      <circle cx="184" cy="62" r="24" fill="#fbe9e9" stroke={RED} strokeWidth="4" />
      <path d="M166 80l36-36" stroke={RED} strokeWidth="4" />
      <path d="M128 150c0-10 8-16 8-24a8 8 0 0 0-16 0c0 8 8 14 8 24Z" fill={BLUE} />
      <Tick x={188} y={150} r={12} />
    </Drawing>
  );
}

function NoFlyPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <circle cx="200" cy="104" r="78" fill="#fbe9e9" stroke={RED} strokeWidth="6" />
      <path d="M170 82h60l-30-20Z" fill="#3d3d3d" />
      <rect x="172" y="82" width="56" height="54" fill="#3d3d3d" />
      {[180, 194, 208, 222].map((x) => (
        <rect key={x} x={x - 2} y="88" width="6" height="44" fill={PAPER} />
      ))}
      <rect x="166" y="136" width="68" height="8" fill={INK} />
      <path d="M145 49 255 159" stroke={RED} strokeWidth="8" opacity="0.85" />
      <Drone x={64} y={70} scale={1.1} />
      <path d="M96 96c14 14 14 30 0 40" stroke={INK} strokeWidth="3" fill="none" strokeDasharray="4 5" />
      <path d="m90 130 6 8 6-8Z" fill={INK} />
    </Drawing>
  );
}

function PrivacyPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect y="140" width="320" height="60" fill={GRASS} />
      <path d="M0 140h320" stroke={GREEN} strokeWidth="3" />
      {[20, 44, 68].map((x) => (
        <rect key={x} x={x} y="118" width="8" height="40" fill="#8a6a3a" />
      ))}
      <path d="M14 126h70M14 146h70" stroke="#8a6a3a" strokeWidth="5" />
      <Drone x={110} y={44} scale={1.3} />
      <path d="M110 58 200 150" stroke={BLUE} strokeWidth="2.5" strokeDasharray="3 6" />
      <Person x={230} y={178} scale={1.5} shirt={BLUE} />
      <path d="M244 138 262 108" stroke="#f0c9a0" strokeWidth="7" strokeLinecap="round" />
      <rect x="254" y="84" width="18" height="24" rx="6" fill="#f0c9a0" stroke={INK} strokeWidth="1.5" />
    </Drawing>
  );
}

export const dronesPictures: Record<string, ComponentType> = {
  'open-category': OpenCategoryPicture,
  subcategories: SubcategoriesPicture,
  'class-marks': ClassMarksPicture,
  register: RegisterPicture,
  'operator-number': OperatorNumberPicture,
  'check-in': CheckInPicture,
  'no-fly': NoFlyPicture,
  privacy: PrivacyPicture,
};
