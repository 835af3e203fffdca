// Pictures of the 'messengers' module: simple, high-contrast SVG drawings, decorative details kept few.
// The player wraps each in a <figure role="img"> labelled by the step's `pictureAlt`, so the SVGs are hidden.
import type { ComponentType, ReactNode } from 'react';

const INK = '#1b1b1b';
const BLUE = '#1b4965';
const PALE = '#e3eef6';
const PAPER = '#ffffff';
const RED = '#8b1414';
const AMBER = '#e0a100';
const GREEN = '#2b6a34';

function Drawing({ children, viewBox = '0 0 320 200' }: { children: ReactNode; viewBox?: string }) {
  return (
    <svg viewBox={viewBox} width="100%" focusable="false" aria-hidden="true">
      {children}
    </svg>
  );
}

/** A phone outline with its screen at (x+10, y+24), size (w-20) × (h-48). */
function Phone({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return (
    <>
      <rect x={x} y={y} width={w} height={h} rx="18" fill={INK} />
      <rect x={x + 10} y={y + 24} width={w - 20} height={h - 48} rx="4" fill={PAPER} />
      <rect x={x + w / 2 - 16} y={y + 10} width="32" height="5" rx="2.5" fill="#6b6b6b" />
    </>
  );
}

function ChatPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={100} y={6} w={120} h={188} />
      <rect x="116" y="38" width="70" height="22" rx="8" fill="#d9d9d9" />
      <rect x="134" y="68" width="70" height="22" rx="8" fill={BLUE} />
      <rect x="116" y="98" width="56" height="22" rx="8" fill="#d9d9d9" />
      <rect x="146" y="128" width="58" height="14" rx="7" fill={BLUE} />
      <rect x="116" y="150" width="62" height="14" rx="5" fill={PAPER} stroke={INK} strokeWidth="2" />
      <circle cx="194" cy="157" r="9" fill={BLUE} />
      <path d="m190 152 9 5-9 5Z" fill={PAPER} />
    </Drawing>
  );
}

function VoicePicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <circle cx="160" cy="150" r="36" fill={BLUE} />
      <rect x="151" y="128" width="18" height="30" rx="9" fill={PAPER} />
      <path
        d="M144 150a16 16 0 0 0 32 0M160 166v8"
        stroke={PAPER}
        strokeWidth="4"
        fill="none"
        strokeLinecap="round"
      />
      <path d="M160 106V58" stroke={INK} strokeWidth="5" strokeLinecap="round" strokeDasharray="2 10" />
      <path d="m148 68 12-14 12 14" stroke={INK} strokeWidth="5" fill="none" strokeLinecap="round" />
      <rect x="143" y="22" width="34" height="26" rx="4" fill={INK} />
      <path d="M150 22v-6a10 10 0 0 1 20 0v6" stroke={INK} strokeWidth="5" fill="none" />
    </Drawing>
  );
}

function Face({ x, y, size, shirt }: { x: number; y: number; size: number; shirt: string }) {
  const s = size / 100;
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <rect width="100" height="100" fill="#e9e3d5" />
      <path d="M18 100c0-22 14-34 32-34s32 12 32 34Z" fill={shirt} />
      <circle cx="50" cy="42" r="20" fill="#f0c9a0" />
      <path d="M30 38c2-16 38-16 40 0-8-7-32-7-40 0Z" fill="#5a3d2b" />
      <circle cx="43" cy="42" r="2.2" fill={INK} />
      <circle cx="57" cy="42" r="2.2" fill={INK} />
      <path d="M42 51c5 4 11 4 16 0" stroke={INK} strokeWidth="2.2" fill="none" strokeLinecap="round" />
    </g>
  );
}

function HangUp({ cx, cy }: { cx: number; cy: number }) {
  return (
    <>
      <circle cx={cx} cy={cy} r="12" fill={RED} />
      <path
        d={`M${cx - 7} ${cy + 1}c4-4 10-4 14 0l-2 2-2-1v-2a6 6 0 0 0-6 0v2l-2 1Z`}
        fill={PAPER}
        stroke={PAPER}
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </>
  );
}

function VideoCallPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={100} y={6} w={120} h={188} />
      <Face x={110} y={30} size={100} shirt="#5c2d91" />
      <g>
        <rect x="164" y="110" width="40" height="40" fill={PAPER} />
        <Face x={166} y={112} size={36} shirt={BLUE} />
      </g>
      <HangUp cx={160} cy={158} />
    </Drawing>
  );
}

function GroupCallPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={100} y={6} w={120} h={188} />
      <Face x={110} y={30} size={49} shirt="#5c2d91" />
      <Face x={161} y={30} size={49} shirt={GREEN} />
      <Face x={110} y={81} size={49} shirt="#8a5300" />
      <rect x="161" y="81" width="49" height="49" fill={PAPER} stroke={INK} strokeWidth="2" />
      <circle cx="181" cy="100" r="7" fill="none" stroke={INK} strokeWidth="3" />
      <path
        d="M170 121a11 11 0 0 1 22 0M197 97v12m-6-6h12"
        stroke={INK}
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
      />
      <HangUp cx={160} cy={156} />
    </Drawing>
  );
}

function TwoStepPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <path d="M160 14 216 34v42c0 34-24 56-56 68-32-12-56-34-56-68V34Z" fill={BLUE} />
      <rect x="138" y="68" width="44" height="34" rx="5" fill={PAPER} />
      <path d="M146 68v-8a14 14 0 0 1 28 0v8" stroke={PAPER} strokeWidth="6" fill="none" />
      <circle cx="160" cy="83" r="5" fill={BLUE} />
      <rect x="156" y="84" width="8" height="10" fill={BLUE} />
      {[0, 1, 2, 3, 4, 5].map((index) => (
        <circle key={index} cx={100 + index * 24} cy="176" r="8" fill={INK} />
      ))}
    </Drawing>
  );
}

function WarningSign({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path d="M40 0 80 70H0Z" fill={AMBER} stroke={INK} strokeWidth="4" strokeLinejoin="round" />
      <rect x="36" y="20" width="8" height="28" rx="3" fill={INK} />
      <circle cx="40" cy="58" r="5" fill={INK} />
    </g>
  );
}

function ScamCallPicture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <Phone x={40} y={10} w={110} h={180} />
      <circle cx="95" cy="76" r="22" fill="#d9d9d9" />
      <text x="95" y="84" textAnchor="middle" fontSize="24" fontWeight="700" fill={INK}>
        ?
      </text>
      <rect x="60" y="110" width="70" height="8" rx="4" fill="#6b6b6b" />
      <circle cx="72" cy="146" r="11" fill={GREEN} />
      <circle cx="118" cy="146" r="11" fill={RED} />
      <path
        d="M166 36h110a10 10 0 0 1 10 10v34a10 10 0 0 1-10 10h-80l-20 16v-16h-10a10 10 0 0 1-10-10V46a10 10 0 0 1 10-10Z"
        fill={PAPER}
        stroke={INK}
        strokeWidth="3"
      />
      <text x="221" y="70" textAnchor="middle" fontSize="18" fontWeight="700" fill={INK}>
        ???
      </text>
      <WarningSign x={200} y={118} />
    </Drawing>
  );
}

function Sms8080Picture() {
  return (
    <Drawing>
      <rect width="320" height="200" fill={PALE} />
      <rect x="24" y="58" width="112" height="80" rx="6" fill={PAPER} stroke={INK} strokeWidth="4" />
      <path d="m24 62 56 40 56-40" stroke={INK} strokeWidth="4" fill="none" strokeLinejoin="round" />
      <path d="M150 98h56" stroke={INK} strokeWidth="6" strokeLinecap="round" />
      <path
        d="m196 84 16 14-16 14"
        stroke={INK}
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M266 34 306 48v36c0 30-18 48-40 58-22-10-40-28-40-58V48Z" fill={BLUE} />
      <text x="266" y="102" textAnchor="middle" fontSize="24" fontWeight="700" fill={PAPER}>
        8080
      </text>
    </Drawing>
  );
}

export const messengersPictures: Record<string, ComponentType> = {
  chat: ChatPicture,
  voice: VoicePicture,
  'video-call': VideoCallPicture,
  'group-call': GroupCallPicture,
  'two-step': TwoStepPicture,
  'scam-call': ScamCallPicture,
  'sms-8080': Sms8080Picture,
};
