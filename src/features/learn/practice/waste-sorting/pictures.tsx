// Drawings of the 'waste-sorting' simulation: the things to throw away and the bins. Decorative:
// every drawing sits beside its words (the thing's name; the bin's name and colour), so the SVGs
// are hidden from assistive technology and colour never carries the meaning alone.
import type { ReactNode } from 'react';
import type { WasteDestination, WasteDrawing } from '@/content/simulations/waste-sorting';
import { DepositMark } from '@/features/learn/pictures/deposit-mark';

const INK = '#1b1b1b';
const PAPER = '#ffffff';
const GREY = '#6b6b6b';
const PALE = '#e6e6e6';
const GLASS = '#bfe0d0';
const BROWN = '#8a5a2b';
const RED = '#a61b1b';

/** The bins' colours as the national system names them [W1][W4]. */
export const BIN_COLOURS: Record<WasteDestination, string> = {
  paper: '#1f5fa8',
  glass: '#2b7a3a',
  plastics: '#f2c200',
  bio: '#7a4a22',
  mixed: '#1b1b1b',
  pszok: '#4a4a4a',
  deposit: '#4a4a4a',
};

function Svg({ children, className }: { children: ReactNode; className: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

const ITEMS: Record<WasteDrawing, ReactNode> = {
  newspaper: (
    <>
      <rect x="10" y="12" width="44" height="40" fill={PAPER} stroke={INK} strokeWidth="2" />
      <rect x="15" y="17" width="34" height="7" fill={INK} />
      {[29, 34, 39, 44].map((y) => (
        <path key={y} d={`M15 ${y}h15M34 ${y}h15`} stroke={GREY} strokeWidth="2" />
      ))}
    </>
  ),
  cardboard: (
    <>
      <path d="M8 24 32 14l24 10v26L32 58 8 50Z" fill="#c9a26b" stroke={INK} strokeWidth="2" />
      <path d="M8 24l24 10 24-10M32 34v24" stroke={INK} strokeWidth="2" fill="none" />
    </>
  ),
  pizzaBox: (
    <>
      <rect x="6" y="24" width="52" height="26" fill="#c9a26b" stroke={INK} strokeWidth="2" />
      <path d="M6 24 14 12h44l-2 12" fill="#d8b47e" stroke={INK} strokeWidth="2" />
      <ellipse cx="24" cy="38" rx="8" ry="5" fill="#7a5a1e" opacity="0.75" />
      <ellipse cx="42" cy="42" rx="6" ry="4" fill="#7a5a1e" opacity="0.75" />
    </>
  ),
  tissues: (
    <>
      <path
        d="M14 48c-4-10 2-22 10-20 2-10 16-12 20-2 8-2 12 10 6 22Z"
        fill={PAPER}
        stroke={INK}
        strokeWidth="2"
      />
      <path d="M24 30c2 6 8 8 14 6" stroke={GREY} strokeWidth="2" fill="none" />
    </>
  ),
  jar: (
    <>
      <rect x="18" y="10" width="28" height="8" rx="2" fill={GREY} stroke={INK} strokeWidth="2" />
      <rect x="14" y="18" width="36" height="38" rx="6" fill={GLASS} stroke={INK} strokeWidth="2" />
      <path d="M20 26v22" stroke={PAPER} strokeWidth="3" />
    </>
  ),
  wineBottle: (
    <>
      <path d="M28 6h8v14c6 4 8 8 8 14v22H20V34c0-6 2-10 8-14Z" fill="#2b6a34" stroke={INK} strokeWidth="2" />
      <rect x="22" y="36" width="20" height="12" fill={PAPER} />
    </>
  ),
  mug: (
    <>
      <path d="M12 16h32v32a6 6 0 0 1-6 6H18a6 6 0 0 1-6-6Z" fill={PAPER} stroke={INK} strokeWidth="2" />
      <path d="M44 22h4a8 8 0 0 1 0 16h-4" fill="none" stroke={INK} strokeWidth="3" />
      <path d="M16 26h24" stroke={RED} strokeWidth="3" />
    </>
  ),
  mirror: (
    <>
      <ellipse cx="32" cy="30" rx="18" ry="22" fill={GREY} stroke={INK} strokeWidth="2" />
      <ellipse cx="32" cy="30" rx="13" ry="17" fill="#dbe7ef" />
      <path d="M24 22l8 8-4 6 10 4" stroke={INK} strokeWidth="1.5" fill="none" />
      <rect x="29" y="52" width="6" height="8" fill={GREY} />
    </>
  ),
  can: (
    <>
      <rect x="18" y="12" width="28" height="42" rx="4" fill="#b8c4cc" stroke={INK} strokeWidth="2" />
      <ellipse cx="32" cy="13" rx="14" ry="3" fill={PALE} stroke={INK} strokeWidth="1.5" />
      <path d="M18 26h28M18 42h28" stroke={GREY} strokeWidth="2" />
    </>
  ),
  plasticBottle: (
    <>
      <rect x="27" y="6" width="10" height="6" fill="#1f5fa8" />
      <path
        d="M27 12h10v6c6 2 8 6 8 10v26a4 4 0 0 1-4 4H23a4 4 0 0 1-4-4V28c0-4 2-8 8-10Z"
        fill="#d7ecf7"
        stroke={INK}
        strokeWidth="2"
      />
      <path d="M19 34h26M19 44h26" stroke="#8bb7cf" strokeWidth="2" />
    </>
  ),
  drinkCarton: (
    <>
      <path d="M18 18 24 8h16l6 10v38H18Z" fill={PAPER} stroke={INK} strokeWidth="2" />
      <path d="M18 18h28" stroke={INK} strokeWidth="2" />
      <rect x="18" y="28" width="28" height="14" fill="#1f5fa8" />
      <circle cx="36" cy="12" r="2.5" fill={INK} />
    </>
  ),
  peel: (
    <>
      <path
        d="M10 44c6-16 22-22 34-18 8 3 10 12 8 18-10-6-26-6-42 0Z"
        fill="#e8c33a"
        stroke={INK}
        strokeWidth="2"
      />
      <path d="M20 40c2 6 8 12 14 14M40 40c-2 6-4 10-8 14" stroke="#b8901c" strokeWidth="3" fill="none" />
      <path d="M46 24c2-6 6-10 10-10" stroke={BROWN} strokeWidth="3" fill="none" />
    </>
  ),
  battery: (
    <>
      <rect x="14" y="20" width="36" height="24" rx="3" fill="#2b2b2b" stroke={INK} strokeWidth="2" />
      <rect x="50" y="27" width="5" height="10" fill={GREY} />
      <rect x="14" y="20" width="12" height="24" fill="#c8a400" />
      <path d="M34 32h8M38 28v8" stroke={PAPER} strokeWidth="2.5" />
    </>
  ),
  medicines: (
    <>
      <rect x="8" y="24" width="30" height="24" rx="2" fill={PAPER} stroke={INK} strokeWidth="2" />
      <path d="M23 29v14M16 36h14" stroke={RED} strokeWidth="4" />
      <rect x="40" y="16" width="16" height="36" rx="4" fill="#e9d3b4" stroke={INK} strokeWidth="2" />
      <rect x="38" y="12" width="20" height="7" rx="2" fill={GREY} stroke={INK} strokeWidth="1.5" />
    </>
  ),
  phone: (
    <>
      <rect x="20" y="6" width="24" height="52" rx="5" fill={INK} />
      <rect x="23" y="12" width="18" height="36" fill="#dbe7ef" />
      <path d="M26 18l12 22" stroke={GREY} strokeWidth="1.5" />
      <circle cx="32" cy="53" r="2" fill={GREY} />
    </>
  ),
  clothes: (
    <>
      <path d="M22 10h20l12 10-6 8-4-3v31H20V25l-4 3-6-8Z" fill="#8c6bb1" stroke={INK} strokeWidth="2" />
      <path d="M26 10c2 4 10 4 12 0" stroke={INK} strokeWidth="2" fill="none" />
    </>
  ),
  depositBottle: (
    <>
      <rect x="23" y="4" width="10" height="6" fill="#2b7a3a" />
      <path
        d="M23 10h10v6c6 2 8 6 8 10v28a4 4 0 0 1-4 4H19a4 4 0 0 1-4-4V26c0-4 2-8 8-10Z"
        fill="#d7ecf7"
        stroke={INK}
        strokeWidth="2"
      />
      <rect x="15" y="30" width="26" height="12" fill="#f2c200" />
      <DepositMark x={48} y={48} scale={0.36} />
    </>
  ),
  depositCan: (
    <>
      <rect x="14" y="12" width="26" height="42" rx="4" fill="#c0392b" stroke={INK} strokeWidth="2" />
      <ellipse cx="27" cy="13" rx="13" ry="3" fill={PALE} stroke={INK} strokeWidth="1.5" />
      <path d="M14 28h26" stroke={PAPER} strokeWidth="3" />
      <DepositMark x={48} y={48} scale={0.36} />
    </>
  ),
};

/** A thing to throw away. */
export function ItemDrawing({ drawing }: { drawing: WasteDrawing }) {
  return <Svg className="waste-sorting__drawing">{ITEMS[drawing]}</Svg>;
}

/** A bin with its coloured body and lid; the PSZOK as a building; the deposit return as a shop. */
export function BinDrawing({ bin }: { bin: WasteDestination }) {
  if (bin === 'pszok')
    return (
      <Svg className="waste-sorting__bin-drawing">
        <path d="M6 28 32 10l26 18v28H6Z" fill={PALE} stroke={INK} strokeWidth="2" />
        <rect x="24" y="36" width="16" height="20" fill={GREY} />
        <rect x="10" y="34" width="10" height="8" fill="#2b2b2b" />
        <rect x="44" y="34" width="10" height="8" fill="#c8a400" />
      </Svg>
    );
  if (bin === 'deposit')
    return (
      <Svg className="waste-sorting__bin-drawing">
        <rect x="8" y="22" width="48" height="34" fill={PALE} stroke={INK} strokeWidth="2" />
        <path d="M4 22 10 10h44l6 12Z" fill="#1b4965" />
        <rect x="14" y="30" width="16" height="26" fill={GREY} />
        <DepositMark x={44} y={40} scale={0.3} />
      </Svg>
    );
  const colour = BIN_COLOURS[bin];
  return (
    <Svg className="waste-sorting__bin-drawing">
      <rect x="10" y="10" width="44" height="8" rx="2" fill={colour} stroke={INK} strokeWidth="2" />
      <path d="M13 18h38l-4 40H17Z" fill={colour} stroke={INK} strokeWidth="2" />
      <rect x="18" y="28" width="28" height="12" rx="2" fill={PAPER} stroke={INK} strokeWidth="1" />
      <circle cx="20" cy="58" r="3" fill={INK} />
      <circle cx="44" cy="58" r="3" fill={INK} />
    </Svg>
  );
}
