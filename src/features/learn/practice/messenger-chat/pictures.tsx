// Drawings of the 'messenger-chat' simulation: its button icons, the photos of the pretend gallery and
// the faces in a video call. All decorative (aria-hidden): the text beside them carries the meaning.
import type { ReactNode } from 'react';
import type { GalleryPhoto } from '@/content/simulations/messenger-chat';

type IconName =
  | 'back'
  | 'phone'
  | 'camera'
  | 'photo'
  | 'mic'
  | 'stop'
  | 'gear'
  | 'addPerson'
  | 'hangUp'
  | 'send';

const ICON_PATHS: Record<IconName, string> = {
  back: 'M15 5 8 12l7 7',
  phone:
    'M6.5 3.5h3l1.5 4-2 1.3a11 11 0 0 0 6.2 6.2l1.3-2 4 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2Z',
  camera: 'M3.5 7.5h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1Zm12 4 5-3.5v8l-5-3.5',
  photo: 'M4 5h16v14H4Zm0 11 5-5 4 4 2-2 5 5M15.5 9.5h.01',
  mic: 'M12 3.5a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0v-5a3 3 0 0 1 3-3Zm-6 8a6 6 0 0 0 12 0M12 17.5v3',
  stop: 'M7 7h10v10H7Z',
  gear: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm0-5.5v3m0 11v3m8.5-8.5h-3m-11 0h-3m14.5-6-2.1 2.1m-7.8 7.8L6 18m12 0-2.1-2.1M8.1 8.1 6 6',
  addPerson: 'M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6.5 9a6.5 6.5 0 0 1 13 0M19 8v6m-3-3h6',
  hangUp: 'M3 14.5c5-4.5 13-4.5 18 0l-2.5 2.5-3-1.5v-2.5a10 10 0 0 0-7 0v2.5l-3 1.5Z',
  send: 'M4 12 20 4l-5 16-3-7Zm8 1 8-9',
};

/** A line icon that grows with the text. */
export function ChatIcon({ name }: { name: IconName }) {
  return (
    <svg width="1.4em" height="1.4em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={ICON_PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** One of the photos in the pretend gallery, drawn in calm colours. */
export function GalleryPicture({ photo }: { photo: GalleryPhoto }) {
  return (
    <svg
      className="messenger-chat__picture"
      viewBox="0 0 160 120"
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      {PHOTO_DRAWINGS[photo]}
    </svg>
  );
}

const PHOTO_DRAWINGS: Record<GalleryPhoto, ReactNode> = {
  cake: (
    <>
      <rect width="160" height="120" fill="#f3e6d4" />
      <rect x="30" y="62" width="100" height="40" rx="6" fill="#b5651d" />
      <rect x="30" y="62" width="100" height="12" rx="6" fill="#fff4e0" />
      <rect x="45" y="38" width="70" height="28" rx="5" fill="#d98c5f" />
      <rect x="45" y="38" width="70" height="9" rx="4" fill="#fff4e0" />
      <rect x="77" y="20" width="6" height="18" fill="#1b4965" />
      <path d="M80 10c4 4 4 8 0 10-4-2-4-6 0-10Z" fill="#e0a100" />
      <rect x="20" y="100" width="120" height="6" rx="3" fill="#6b6b6b" />
    </>
  ),
  cat: (
    <>
      <rect width="160" height="120" fill="#e3eef6" />
      <rect x="20" y="60" width="120" height="50" rx="10" fill="#7a4b2a" />
      <rect x="30" y="30" width="100" height="40" rx="10" fill="#8f5b36" />
      <ellipse cx="80" cy="70" rx="30" ry="18" fill="#4a4a4a" />
      <circle cx="104" cy="52" r="14" fill="#4a4a4a" />
      <path d="M94 42 96 30l8 8Zm20 0-2-12-8 8Z" fill="#4a4a4a" />
      <circle cx="100" cy="51" r="2" fill="#ffffff" />
      <circle cx="109" cy="51" r="2" fill="#ffffff" />
      <path d="M50 74c-12 0-16 10-8 14" stroke="#4a4a4a" strokeWidth="6" fill="none" strokeLinecap="round" />
    </>
  ),
  flowers: (
    <>
      <rect width="160" height="120" fill="#f6f1e6" />
      <path d="M80 60v45M65 65l15 40m30-40-15 40" stroke="#2b6a34" strokeWidth="4" />
      <circle cx="80" cy="45" r="14" fill="#b3261e" />
      <circle cx="60" cy="55" r="12" fill="#e0a100" />
      <circle cx="100" cy="55" r="12" fill="#5c2d91" />
      <circle cx="80" cy="45" r="5" fill="#fff4e0" />
      <circle cx="60" cy="55" r="4" fill="#fff4e0" />
      <circle cx="100" cy="55" r="4" fill="#fff4e0" />
      <path d="M62 92h36l-6 20H68Z" fill="#1b4965" />
    </>
  ),
  garden: (
    <>
      <rect width="160" height="120" fill="#dcecf7" />
      <rect y="80" width="160" height="40" fill="#7fb069" />
      <rect x="50" y="50" width="10" height="40" fill="#6b4226" />
      <circle cx="55" cy="42" r="24" fill="#2b6a34" />
      <circle cx="125" cy="22" r="10" fill="#e0a100" />
      <rect x="95" y="62" width="40" height="26" fill="#f3e6d4" />
      <path d="M90 64l25-18 25 18Z" fill="#a61b1b" />
      <rect x="110" y="72" width="10" height="16" fill="#1b4965" />
    </>
  ),
};

const FACE_COLOURS = ['#1b4965', '#5c2d91', '#2b6a34', '#8a5300', '#a61b1b'];

/** A simple drawn face for a video-call tile; `tone` picks the colour of the clothes. */
export function CallFace({ tone }: { tone: number }) {
  const colour = FACE_COLOURS[tone % FACE_COLOURS.length];
  return (
    <svg
      className="messenger-chat__face"
      viewBox="0 0 100 80"
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="100" height="80" fill="#e9e3d5" />
      <path d="M22 80c0-18 12-28 28-28s28 10 28 28Z" fill={colour} />
      <circle cx="50" cy="34" r="16" fill="#f0c9a0" />
      <path d="M34 30c2-12 30-12 32 0-6-5-26-5-32 0Z" fill="#5a3d2b" />
      <circle cx="44" cy="34" r="1.8" fill="#1b1b1b" />
      <circle cx="56" cy="34" r="1.8" fill="#1b1b1b" />
      <path d="M44 41c4 3 8 3 12 0" stroke="#1b1b1b" strokeWidth="1.8" fill="none" strokeLinecap="round" />
    </svg>
  );
}
