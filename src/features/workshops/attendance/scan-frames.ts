// Reading QR codes from the camera, offline: frames of the <video> are drawn on a canvas and handed to
// jsQR, a few times a second.
import jsQR from 'jsqr';

/** Frames decoded per second: 4 finds a card held up within a second and leaves the CPU to the page. */
export const SCANS_PER_SECOND = 4;
/** Frames are scaled down to this width: a card held 20–40 cm from the lens still has ~3 px per module. */
const SCAN_WIDTH = 640;

/** Decodes the QR code in the current frame of the video, or returns undefined. */
export function scanFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): string | undefined {
  if (video.readyState < 2 || video.videoWidth === 0) return undefined;
  const scale = Math.min(1, SCAN_WIDTH / video.videoWidth);
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(video, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data;
}
