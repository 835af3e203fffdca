// The Polish deposit mark (FACTS M3.9 [W14][W15]): a rectangle formed by two arrows, with the word
// KAUCJA and the deposit's amount inside. It is drawn as a rectangle on purpose: a circle of arrows
// is the recycling sign printed on almost all packaging, and a learner who looks for that would
// bring non-deposit bottles back to the shop. The word stays Polish in every language: it is what
// is printed on the bottle.

const INK = '#1b1b1b';
const PAPER = '#ffffff';

/** The word printed in the mark; a unit test keeps every drawing of the mark carrying it. */
export const DEPOSIT_WORD = 'KAUCJA';

/**
 * The mark centred on (x, y), 64 × 44 units at scale 1. `amount` is what is printed under the word:
 * 0,50 zł on plastic bottles and cans, 1,00 zł on reusable glass.
 */
export function DepositMark({
  x,
  y,
  scale = 1,
  amount = '0,50 zł',
}: {
  x: number;
  y: number;
  scale?: number;
  amount?: string;
}) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`} className="deposit-mark">
      <rect x="-32" y="-22" width="64" height="44" fill={PAPER} />
      {/* Two arrows chase each other round the rectangle: along the top and down, along the bottom and up. */}
      <path d="M-22 -19H28V8" fill="none" stroke={INK} strokeWidth="4" />
      <path d="M21 7h14l-7 11Z" fill={INK} />
      <path d="M22 19H-28V-8" fill="none" stroke={INK} strokeWidth="4" />
      <path d="M-35 -7h14l-7 -11Z" fill={INK} />
      <text x="0" y="1" textAnchor="middle" fontSize="11" fontWeight="700" fill={INK}>
        {DEPOSIT_WORD}
      </text>
      <text x="0" y="12" textAnchor="middle" fontSize="9" fontWeight="700" fill={INK}>
        {amount}
      </text>
    </g>
  );
}
