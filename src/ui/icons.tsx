// Small inline icons. They are decorative: the text beside them carries the meaning.

/** Sizes in em, so icons grow with the learner's text size. */
type IconProps = { size?: string };

function Icon({ path, size, strokeWidth }: { path: string; size: string; strokeWidth: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function HomeIcon({ size = '1.4em' }: IconProps) {
  return <Icon size={size} strokeWidth={2.2} path="M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5" />;
}

export function CloudOffIcon({ size = '1.2em' }: IconProps) {
  return (
    <Icon
      size={size}
      strokeWidth={2}
      path="M7 18h10.5a3.5 3.5 0 0 0 .6-6.95A6 6 0 0 0 6.3 9.6 4.2 4.2 0 0 0 7 18ZM4 4l16 16"
    />
  );
}

export function ChevronIcon({ size = '1.2em' }: IconProps) {
  return <Icon size={size} strokeWidth={2.4} path="m9 5 7 7-7 7" />;
}
