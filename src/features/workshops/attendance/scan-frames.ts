// Reading QR codes from the camera, offline: frames of the <video> are drawn on a canvas and handed to
// jsQR, a few times a second. Also the confirmation sounds, made with WebAudio (no sound files).
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

let audio: AudioContext | undefined;

/** A short beep: high for a card that was marked, low for one that was not. Silent where audio is missing. */
export function beep(kind: 'ok' | 'error'): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = kind === 'ok' ? 880 : 220;
    gain.gain.value = 0.2;
    oscillator.connect(gain).connect(audio.destination);
    const length = kind === 'ok' ? 0.15 : 0.35;
    oscillator.start();
    oscillator.stop(audio.currentTime + length);
  } catch {
    // No audio on this device: the visible confirmation is still there.
  }
}
