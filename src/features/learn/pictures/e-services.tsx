// Pictures of the 'e-services' module: simple, high-contrast SVG drawings, decorative details kept few.
// The player wraps each in a <figure role="img"> labelled by the step's `pictureAlt`, so the SVGs are
// hidden. No real logo is drawn: the documents and apps are plain shapes with words.
import type { ComponentType, ReactNode } from 'react';

const INK = '#1b1b1b';
const BLUE = '#1b4965';
const PALE = '#e3eef6';
const PAPER = '#ffffff';
const RED = '#a61b1b';
const GREEN = '#2b6a34';
const GREY = '#6b6b6b';
const FONT = 'sans-serif';

function Drawing({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 320 200" width="100%" focusable="false" aria-hidden="true">
      <rect width="320" height="200" fill={PALE} />
      {children}
    </svg>
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

function Cross({ x, y, r = 14 }: { x: number; y: number; r?: number }) {
  const d = r / 2;
  return (
    <>
      <circle cx={x} cy={y} r={r} fill={RED} />
      <path
        d={`M${x - d} ${y - d}l${2 * d} ${2 * d}M${x + d} ${y - d}l${-2 * d} ${2 * d}`}
        stroke={PAPER}
        strokeWidth="4"
        strokeLinecap="round"
      />
    </>
  );
}

/** A padlock centred on (x, y); `open` lifts the shackle. */
function Padlock({ x, y, open = false }: { x: number; y: number; open?: boolean }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path
        d={open ? 'M-10 -4v-14a10 10 0 0 1 20 0v-4' : 'M-10 -4v-10a10 10 0 0 1 20 0v10'}
        stroke={INK}
        strokeWidth="5"
        fill="none"
      />
      <rect x="-16" y="-4" width="32" height="26" rx="4" fill={BLUE} />
      <circle cx="0" cy="8" r="4" fill={PAPER} />
    </g>
  );
}

function Label({
  x,
  y,
  children,
  size = 16,
  fill = INK,
}: {
  x: number;
  y: number;
  children: string;
  size?: number;
  fill?: string;
}) {
  return (
    <text x={x} y={y} fontSize={size} fontWeight="700" fill={fill} fontFamily={FONT}>
      {children}
    </text>
  );
}

function TrustedProfilePicture() {
  return (
    <Drawing>
      {/* A card with a padlock: the trusted profile. */}
      <rect x="24" y="48" width="124" height="84" rx="10" fill={PAPER} stroke={INK} strokeWidth="3" />
      <Padlock x={58} y={84} />
      <rect x="84" y="72" width="52" height="6" rx="3" fill={GREY} />
      <rect x="84" y="88" width="40" height="6" rx="3" fill={GREY} />
      <Label x={34} y={150} size={15}>
        Profil zaufany
      </Label>
      {/* A screen with the gateway's address. */}
      <rect x="172" y="40" width="128" height="96" rx="6" fill={INK} />
      <rect x="180" y="48" width="112" height="80" fill={PAPER} />
      <rect x="186" y="54" width="100" height="18" rx="9" fill={PALE} stroke={GREY} />
      <Label x={194} y={68} size={12}>
        login.gov.pl
      </Label>
      <rect x="192" y="84" width="88" height="12" rx="3" fill={BLUE} />
      <rect x="192" y="104" width="88" height="12" rx="3" fill={BLUE} />
      <rect x="220" y="136" width="32" height="16" fill={GREY} />
      <rect x="204" y="152" width="64" height="6" rx="3" fill={GREY} />
    </Drawing>
  );
}

function PhoneIdPicture() {
  return (
    <Drawing>
      <Phone x={112} y={16} w={96} h={172} />
      <rect x="128" y="58" width="64" height="84" rx="8" fill={PALE} stroke={BLUE} strokeWidth="3" />
      <circle cx="160" cy="84" r="12" fill={GREY} />
      <path d="M142 112c4-12 32-12 36 0" fill={GREY} />
      <Label x={133} y={134} size={13}>
        mDowód
      </Label>
      <Tick x={196} y={60} r={12} />
    </Drawing>
  );
}

function PeselSwitchPicture() {
  return (
    <Drawing>
      <Phone x={92} y={16} w={136} h={172} />
      <Label x={108} y={62} size={14}>
        Zastrzeż PESEL
      </Label>
      {/* The switch, on: the knob on the right of a filled track. */}
      <rect x="110" y="72" width="64" height="32" rx="16" fill={BLUE} />
      <circle cx="158" cy="88" r="12" fill={PAPER} />
      <Padlock x={160} y={138} />
    </Drawing>
  );
}

function LetterPicture() {
  return (
    <Drawing>
      {/* The office building. */}
      <path d="M20 70h90L65 40Z" fill={GREY} />
      <rect x="24" y="70" width="82" height="80" fill={GREY} />
      {[34, 54, 74, 94].map((x) => (
        <rect key={x} x={x - 4} y="80" width="8" height="60" fill={PAPER} />
      ))}
      <rect x="16" y="150" width="98" height="8" fill={INK} />
      {/* The path of the letter. */}
      <path d="M118 92c40-30 70-30 100 0" stroke={BLUE} strokeWidth="3" strokeDasharray="6 6" fill="none" />
      <rect x="138" y="56" width="56" height="38" rx="4" fill={PAPER} stroke={INK} strokeWidth="3" />
      <path d="M138 58l28 20 28-20" stroke={INK} strokeWidth="3" fill="none" />
      <Label x={158} y={52} size={18} fill={BLUE}>
        @
      </Label>
      <Phone x={230} y={60} w={70} h={120} />
      <rect x="246" y="100" width="38" height="26" rx="3" fill={PAPER} stroke={INK} strokeWidth="2" />
      <path d="M246 102l19 12 19-12" stroke={INK} strokeWidth="2" fill="none" />
    </Drawing>
  );
}

function AddressBarPicture() {
  return (
    <Drawing>
      <rect x="20" y="34" width="230" height="44" rx="22" fill={PAPER} stroke={INK} strokeWidth="3" />
      <Label x={42} y={63} size={20}>
        login.gov.pl
      </Label>
      <Tick x={278} y={56} r={18} />
      <rect
        x="20"
        y="118"
        width="230"
        height="44"
        rx="22"
        fill={PAPER}
        stroke={RED}
        strokeWidth="3"
        strokeDasharray="8 5"
      />
      <Label x={32} y={146} size={13} fill={RED}>
        login.gov.pl-weryfikacja.com
      </Label>
      <Cross x={278} y={140} r={18} />
    </Drawing>
  );
}

export const eServicesPictures: Record<string, ComponentType> = {
  'trusted-profile': TrustedProfilePicture,
  'phone-id': PhoneIdPicture,
  'pesel-switch': PeselSwitchPicture,
  letter: LetterPicture,
  'address-bar': AddressBarPicture,
};
