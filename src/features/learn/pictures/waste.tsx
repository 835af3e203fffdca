// Pictures of the 'waste' module: simple, high-contrast SVG drawings, decorative details kept few.
// The player wraps each in a <figure role="img"> labelled by the step's `pictureAlt`, so the SVGs are
// hidden. Bins carry their names in words as well as their colours.
import type { ComponentType, ReactNode } from 'react';
import { DepositMark } from './deposit-mark';

const INK = '#1b1b1b';
const PAPER = '#ffffff';
const PALE = '#e3eef6';
const GREY = '#6b6b6b';
const RED = '#a61b1b';
const GRASS = '#d5ead0';

const BLUE = '#1f5fa8';
const GREEN = '#2b7a3a';
const YELLOW = '#f2c200';
const BROWN = '#7a4a22';
const BLACK = '#1b1b1b';

function Drawing({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 320 200" width="100%" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

/** A wheelie bin, bottom-left at (x, y+h), with a white plate bearing its label. */
function Bin({
  x,
  y,
  w = 52,
  h = 84,
  colour,
  label,
  fontSize = 11,
}: {
  x: number;
  y: number;
  w?: number;
  h?: number;
  colour: string;
  label: string;
  fontSize?: number;
}) {
  return (
    <g>
      <rect x={x - 2} y={y} width={w + 4} height="10" rx="3" fill={colour} stroke={INK} strokeWidth="2" />
      <path d={`M${x} ${y + 10}h${w}l-4 ${h - 10}H${x + 4}Z`} fill={colour} stroke={INK} strokeWidth="2" />
      <rect
        x={x + 5}
        y={y + 22}
        width={w - 10}
        height="18"
        rx="3"
        fill={PAPER}
        stroke={INK}
        strokeWidth="1"
      />
      <text
        x={x + w / 2}
        y={y + 35}
        textAnchor="middle"
        fontSize={fontSize}
        fontWeight="700"
        fill={INK}
        fontFamily="inherit"
      >
        {label}
      </text>
      <circle cx={x + 10} cy={y + h + 2} r="5" fill={INK} />
      <circle cx={x + w - 10} cy={y + h + 2} r="5" fill={INK} />
    </g>
  );
}

function CrossOut({ x, y, r = 20 }: { x: number; y: number; r?: number }) {
  return (
    <g stroke={RED} strokeWidth="5" strokeLinecap="round">
      <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} />
    </g>
  );
}

function FiveBinsPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect y="170" width="320" height="30" fill="#c9c9c9" />
      <Bin x={8} y={70} colour={BLUE} label="Papier" fontSize={10} />
      <Bin x={70} y={70} colour={GREEN} label="Szkło" fontSize={10} />
      <Bin x={132} y={70} colour={YELLOW} label="Metale" fontSize={9.5} />
      <Bin x={194} y={70} colour={BROWN} label="Bio" fontSize={10} />
      <Bin x={256} y={70} colour={BLACK} label="Zmiesz." fontSize={9} />
    </Drawing>
  );
}

function MixedBinPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Bin x={40} y={40} w={90} h={130} colour={BLACK} label="Zmieszane" fontSize={13} />
      {/* A crumpled tissue. */}
      <path
        d="M180 150c-6-18 4-34 18-30 4-16 28-18 34-2 14-2 20 18 10 34Z"
        fill={PAPER}
        stroke={INK}
        strokeWidth="2.5"
      />
      {/* Greasy paper. */}
      <rect x="236" y="60" width="64" height="50" fill="#e8d7b0" stroke={INK} strokeWidth="2.5" />
      <ellipse cx="258" cy="80" rx="12" ry="8" fill="#a0782e" opacity="0.7" />
      <ellipse cx="284" cy="94" rx="9" ry="6" fill="#a0782e" opacity="0.7" />
    </Drawing>
  );
}

function NotGlassPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Bin x={16} y={40} w={90} h={130} colour={GREEN} label="Szkło" fontSize={14} />
      {/* A mug. */}
      <path d="M132 80h44v50a8 8 0 0 1-8 8h-28a8 8 0 0 1-8-8Z" fill={PAPER} stroke={INK} strokeWidth="2.5" />
      <path d="M176 90h6a12 12 0 0 1 0 24h-6" fill="none" stroke={INK} strokeWidth="4" />
      <CrossOut x={156} y={110} r={26} />
      {/* A mirror. */}
      <ellipse cx="228" cy="104" rx="22" ry="30" fill={GREY} stroke={INK} strokeWidth="2.5" />
      <ellipse cx="228" cy="104" rx="15" ry="22" fill="#dbe7ef" />
      <CrossOut x={228} y={104} r={26} />
      {/* A bulb. */}
      <circle cx="288" cy="96" r="18" fill="#fff5c2" stroke={INK} strokeWidth="2.5" />
      <rect x="279" y="112" width="18" height="16" fill={GREY} stroke={INK} strokeWidth="2" />
      <CrossOut x={288} y={106} r={22} />
    </Drawing>
  );
}

/** A small sign of a collection in the calendar picture. */
function Sign({ x, y, kind }: { x: number; y: number; kind: 'bottle' | 'paper' | 'leaf' | 'bag' }) {
  const signs = {
    bottle: (
      <path d="M-3-12h6v7c4 2 5 5 5 8v11h-16V3c0-3 1-6 5-8Z" fill={GREEN} stroke={INK} strokeWidth="1.5" />
    ),
    paper: (
      <>
        <rect x="-8" y="-11" width="16" height="22" fill={BLUE} stroke={INK} strokeWidth="1.5" />
        <path d="M-5-4h10M-5 1h10M-5 6h10" stroke={PAPER} strokeWidth="1.5" />
      </>
    ),
    leaf: <path d="M-10 11C-11 0-4-9 10-10c0 13-7 21-20 21Z" fill={BROWN} stroke={INK} strokeWidth="1.5" />,
    bag: <path d="M-3-11h6l-1 5c6 2 8 7 8 11a5 5 0 0 1-5 5h-10a5 5 0 0 1-5-5c0-4 2-9 8-11Z" fill={BLACK} />,
  };
  return <g transform={`translate(${x} ${y})`}>{signs[kind]}</g>;
}

function SchedulePicture() {
  const marks: Record<number, 'bottle' | 'paper' | 'leaf' | 'bag'> = {
    2: 'bag',
    9: 'leaf',
    11: 'bottle',
    19: 'paper',
  };
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="40" y="14" width="240" height="176" rx="8" fill={PAPER} stroke={INK} strokeWidth="2.5" />
      <rect x="40" y="14" width="240" height="30" rx="8" fill={BLUE} />
      {[80, 130, 190, 240].map((x) => (
        <rect key={x} x={x} y="6" width="8" height="18" rx="3" fill={GREY} />
      ))}
      {Array.from({ length: 28 }, (_, index) => {
        const day = index + 1;
        const x = 50 + (index % 7) * 32;
        const y = 52 + Math.floor(index / 7) * 34;
        const mark = marks[day];
        return (
          <g key={day}>
            <rect
              x={x}
              y={y}
              width="28"
              height="30"
              fill={mark ? '#eef4f9' : PAPER}
              stroke={GREY}
              strokeWidth="1"
            />
            {mark ? <Sign x={x + 14} y={y + 16} kind={mark} /> : null}
          </g>
        );
      })}
    </Drawing>
  );
}

/** The hours on the clock face. */
const HOURS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function BinOutPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill="#2e3f5c" />
      <rect y="160" width="320" height="40" fill="#8a8a8a" />
      {/* The fence and the gate. */}
      <path d="M0 110h320" stroke="#c9b98f" strokeWidth="5" />
      {[20, 50, 80, 230, 260, 290].map((x) => (
        <rect key={x} x={x} y="96" width="10" height="64" fill="#c9b98f" />
      ))}
      <rect x="110" y="92" width="100" height="68" fill="none" stroke="#c9b98f" strokeWidth="6" />
      <Bin x={224} y={88} w={56} h={70} colour={GREEN} label="Szkło" fontSize={11} />
      {/* The clock: before six. */}
      <circle cx="90" cy="50" r="34" fill={PAPER} stroke={INK} strokeWidth="3" />
      {HOURS.map((hour) => {
        const angle = (hour * Math.PI) / 6;
        return (
          <path
            key={hour}
            d={`M${90 + 28 * Math.sin(angle)} ${50 - 28 * Math.cos(angle)}L${90 + 31 * Math.sin(angle)} ${50 - 31 * Math.cos(angle)}`}
            stroke={INK}
            strokeWidth="2.5"
          />
        );
      })}
      <path d="M90 50 L92 68" stroke={INK} strokeWidth="5" strokeLinecap="round" />
      <path d="M90 50 L67 37" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </Drawing>
  );
}

function PszokPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect y="168" width="320" height="32" fill={GRASS} />
      <path d="M20 80 110 30l90 50v90H20Z" fill="#d9d9d9" stroke={INK} strokeWidth="2.5" />
      <rect x="40" y="58" width="140" height="26" fill={BLUE} />
      <text
        x="110"
        y="77"
        textAnchor="middle"
        fontSize="18"
        fontWeight="700"
        fill={PAPER}
        fontFamily="inherit"
      >
        PSZOK
      </text>
      <rect x="84" y="110" width="52" height="58" fill={GREY} />
      {/* Batteries in a box. */}
      <rect x="214" y="128" width="40" height="40" fill="#c9a26b" stroke={INK} strokeWidth="2" />
      {[220, 232, 244].map((x) => (
        <g key={x}>
          <rect x={x} y="112" width="8" height="22" fill="#2b2b2b" />
          <rect x={x} y="112" width="8" height="6" fill="#c8a400" />
        </g>
      ))}
      {/* Medicines. */}
      <rect x="262" y="140" width="40" height="28" fill={PAPER} stroke={INK} strokeWidth="2" />
      <path d="M282 145v18M273 154h18" stroke={RED} strokeWidth="4" />
      {/* An old phone. */}
      <rect x="270" y="86" width="24" height="44" rx="4" fill={INK} />
      <rect x="273" y="92" width="18" height="30" fill="#dbe7ef" />
    </Drawing>
  );
}

function DepositPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      {/* A plastic bottle. */}
      <rect x="88" y="20" width="24" height="14" fill={GREEN} />
      <path
        d="M88 34h24v14c16 6 20 16 20 26v94a8 8 0 0 1-8 8H76a8 8 0 0 1-8-8V74c0-10 4-20 20-26Z"
        fill="#d7ecf7"
        stroke={INK}
        strokeWidth="2.5"
      />
      <rect x="68" y="96" width="64" height="34" fill={YELLOW} stroke={INK} strokeWidth="1.5" />
      <DepositMark x={100} y={150} scale={0.85} />
      {/* A can. */}
      <rect x="188" y="62" width="64" height="114" rx="8" fill="#c0392b" stroke={INK} strokeWidth="2.5" />
      <ellipse cx="220" cy="64" rx="32" ry="7" fill="#e6e6e6" stroke={INK} strokeWidth="2" />
      <path d="M188 100h64" stroke={PAPER} strokeWidth="5" />
      <DepositMark x={220} y={140} scale={0.85} />
    </Drawing>
  );
}

export const wastePictures: Record<string, ComponentType> = {
  'five-bins': FiveBinsPicture,
  'mixed-bin': MixedBinPicture,
  'not-glass': NotGlassPicture,
  schedule: SchedulePicture,
  'bin-out': BinOutPicture,
  pszok: PszokPicture,
  deposit: DepositPicture,
};
