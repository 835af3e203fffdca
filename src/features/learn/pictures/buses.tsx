// Pictures of the 'buses' module: simple, high-contrast SVG drawings, decorative details kept few.
// The player wraps each in a <figure role="img"> labelled by the step's `pictureAlt`, so the SVGs are hidden.
import type { ComponentType, ReactNode } from 'react';

const INK = '#1b1b1b';
const BLUE = '#1b4965';
const PALE = '#e3eef6';
const PAPER = '#ffffff';
const RED = '#a61b1b';
const GREEN = '#2b6a34';
const GREY = '#6b6b6b';
const YELLOW = '#f2c230';
const FONT = 'sans-serif';

function Drawing({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 320 200" width="100%" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

function Label({
  x,
  y,
  size = 14,
  children,
  fill = INK,
  anchor = 'start',
}: {
  x: number;
  y: number;
  size?: number;
  children: ReactNode;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}) {
  return (
    <text x={x} y={y} fontSize={size} fontWeight="700" fill={fill} fontFamily={FONT} textAnchor={anchor}>
      {children}
    </text>
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

function TimetableBoardPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="150" y="10" width="8" height="190" fill={GREY} />
      <rect x="90" y="20" width="128" height="160" rx="4" fill={PAPER} stroke={INK} strokeWidth="3" />
      <rect x="98" y="28" width="34" height="26" rx="3" fill={INK} />
      <Label x={115} y={47} size={18} fill={PAPER} anchor="middle">
        4
      </Label>
      <rect x="138" y="30" width="70" height="8" rx="2" fill={INK} />
      <rect x="138" y="44" width="52" height="8" rx="2" fill={BLUE} />
      <path d="M98 62h112" stroke={INK} strokeWidth="2" />
      {[0, 1, 2, 3, 4, 5].map((row) => (
        <g key={row}>
          <rect x="100" y={70 + row * 17} width="14" height="9" rx="2" fill={INK} />
          {[0, 1, 2].map((column) => (
            <rect
              key={column}
              x={124 + column * 26}
              y={71 + row * 17}
              width="16"
              height="7"
              rx="2"
              fill={GREY}
            />
          ))}
        </g>
      ))}
      <rect x="40" y="8" width="40" height="40" rx="20" fill={YELLOW} stroke={INK} strokeWidth="3" />
      <Label x={60} y={35} size={18} anchor="middle">
        A
      </Label>
    </Drawing>
  );
}

function HoursMinutesPicture() {
  const rows: [string, string[]][] = [
    ['6', ['35']],
    ['7', ['15', '40']],
    ['8', ['20']],
  ];
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="40" y="20" width="240" height="160" rx="6" fill={PAPER} stroke={INK} strokeWidth="3" />
      <Label x={62} y={50} size={16}>
        h
      </Label>
      <Label x={120} y={50} size={16}>
        min
      </Label>
      <path d="M100 30v140M48 60h224" stroke={INK} strokeWidth="2" />
      {rows.map(([hour, minutes], index) => {
        const y = 95 + index * 34;
        const highlighted = hour === '7';
        return (
          <g key={hour}>
            {highlighted ? (
              <rect x="48" y={y - 24} width="224" height="32" fill={YELLOW} opacity="0.55" />
            ) : null}
            <Label x={70} y={y} size={24} anchor="middle">
              {hour}
            </Label>
            {minutes.map((minute, column) => (
              <Label key={minute} x={124 + column * 54} y={y} size={22}>
                {minute}
              </Label>
            ))}
          </g>
        );
      })}
    </Drawing>
  );
}

function PhoneTicketPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={110} y={8} w={100} h={186} />
      <rect x="124" y="34" width="72" height="18" rx="3" fill={BLUE} />
      <rect
        x="124"
        y="60"
        width="72"
        height="96"
        rx="4"
        fill={PAPER}
        stroke={INK}
        strokeWidth="2"
        strokeDasharray="5 3"
      />
      <rect x="132" y="70" width="56" height="7" rx="2" fill={INK} />
      <rect x="132" y="84" width="40" height="6" rx="2" fill={GREY} />
      <Label x={160} y={114} size={16} anchor="middle">
        9:41
      </Label>
      <rect x="136" y="124" width="48" height="22" rx="3" fill={INK} />
      <Label x={160} y={140} size={12} fill={PAPER} anchor="middle">
        KX4
      </Label>
      <rect x="30" y="120" width="60" height="40" rx="8" fill={YELLOW} stroke={INK} strokeWidth="3" />
      <circle cx="44" cy="164" r="7" fill={INK} />
      <circle cx="76" cy="164" r="7" fill={INK} />
      <rect x="38" y="128" width="16" height="14" fill={PAPER} />
      <rect x="60" y="128" width="16" height="14" fill={PAPER} />
    </Drawing>
  );
}

function BlikCodePicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={100} y={8} w={120} h={186} />
      <rect x="114" y="34" width="92" height="20" rx="3" fill="#1f4d2b" />
      <Label x={160} y={49} size={13} fill={PAPER} anchor="middle">
        BLIK
      </Label>
      <Label x={160} y={104} size={26} anchor="middle">
        482 913
      </Label>
      <rect x="122" y="118" width="76" height="8" rx="4" fill={GREY} />
      <rect x="122" y="118" width="52" height="8" rx="4" fill={GREEN} />
      <Label x={160} y={150} size={13} anchor="middle">
        2:00
      </Label>
      <circle cx="262" cy="60" r="26" fill={PAPER} stroke={RED} strokeWidth="5" />
      <path d="M244 78 280 42" stroke={RED} strokeWidth="5" />
      <path d="M250 66c6-10 18-10 24 0" stroke={INK} strokeWidth="3" fill="none" />
    </Drawing>
  );
}

function StopButtonPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="146" y="0" width="28" height="200" rx="6" fill={YELLOW} stroke={INK} strokeWidth="3" />
      <rect x="126" y="70" width="68" height="60" rx="10" fill={INK} />
      <circle cx="160" cy="100" r="22" fill={RED} stroke={PAPER} strokeWidth="3" />
      <Label x={160} y={106} size={13} fill={PAPER} anchor="middle">
        STOP
      </Label>
      <path
        d="M210 150c-10-14-18-30-30-44-6-7 4-15 11-9l16 16v-40c0-8 12-8 12 0v30c0-8 12-8 12 0v6c0-8 12-8 12 0v8c0-8 12-8 12 0v40c0 12-6 22-14 30Z"
        fill="#f0c9a0"
        stroke={INK}
        strokeWidth="2.5"
      />
    </Drawing>
  );
}

function DocumentsPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="24" y="40" width="120" height="76" rx="8" fill={PAPER} stroke={INK} strokeWidth="3" />
      <rect x="34" y="52" width="32" height="40" rx="4" fill={GREY} />
      <rect x="74" y="56" width="58" height="7" rx="2" fill={INK} />
      <rect x="74" y="70" width="44" height="7" rx="2" fill={GREY} />
      <rect x="74" y="84" width="50" height="7" rx="2" fill={GREY} />
      <rect x="40" y="100" width="90" height="6" rx="2" fill={BLUE} />
      <rect x="44" y="124" width="110" height="64" rx="8" fill="#d5ead0" stroke={INK} strokeWidth="3" />
      <rect x="56" y="136" width="60" height="7" rx="2" fill={INK} />
      <rect x="56" y="150" width="80" height="6" rx="2" fill={GREEN} />
      <rect x="56" y="164" width="50" height="6" rx="2" fill={GREEN} />
      <rect
        x="180"
        y="56"
        width="116"
        height="90"
        rx="6"
        fill={PAPER}
        stroke={INK}
        strokeWidth="3"
        strokeDasharray="6 4"
      />
      <Label x={238} y={92} size={15} anchor="middle">
        ULGOWY
      </Label>
      <rect x="200" y="108" width="76" height="8" rx="2" fill={GREY} />
      <rect x="200" y="122" width="50" height="8" rx="2" fill={GREY} />
    </Drawing>
  );
}

export const busesPictures: Record<string, ComponentType> = {
  'timetable-board': TimetableBoardPicture,
  'hours-minutes': HoursMinutesPicture,
  'phone-ticket': PhoneTicketPicture,
  'blik-code': BlikCodePicture,
  'stop-button': StopButtonPicture,
  documents: DocumentsPicture,
};
