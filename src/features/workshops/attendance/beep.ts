// The scanner's confirmation sounds, made with WebAudio: no sound files, nothing to download.

let audio: AudioContext | undefined;

/** Creates the sound output during a tap (browsers start audio only after a user gesture). */
export function primeAudio(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No audio on this device.
  }
}

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
