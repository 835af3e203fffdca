import QRCode from 'qrcode';
import { useMemo } from 'react';

type QrCodeProps = {
  /** The text to encode. */
  value: string;
  /** What the code is, for screen readers (e.g. "Kod QR karty Haliny Wiśniewskiej"). */
  label: string;
  className?: string;
};

/** Modules of white around the code, as the QR standard asks for reliable scanning. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as one SVG path, made on the device (the `qrcode` package's matrix), so it works
 * offline, prints sharply at any size and needs no data: URL or canvas.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        if (modules.get(row, column)) parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
    return { size: modules.size + QUIET_ZONE * 2, path: parts.join('') };
  }, [value]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
