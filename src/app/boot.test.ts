// public/boot.js runs before the app and repeats a little of it in plain JavaScript: these tests hold
// the two together (preferences) and check how it fits the prerendered home page and starts the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPreferences, reloadPreferences } from '@/lib/preferences';

const BOOT = readFileSync(join(process.cwd(), 'public', 'boot.js'), 'utf8');

type StartData = { page?: string; kind?: string; modules?: string[]; preloads?: string[] };

/** Runs boot.js at `path` in a document whose start data block (as tools/prerender.ts writes it) is `start`. */
function runBoot(path = '/', start: StartData = { page: '/', kind: 'home' }): HTMLElement {
  document.head.innerHTML = `<script type="application/json" id="kpk-start">${JSON.stringify(start)}</script>`;
  window.history.replaceState(null, '', path);
  new Function(BOOT)();
  return document.documentElement;
}

describe('boot.js', () => {
  beforeEach(() => {
    localStorage.clear();
    document.head.innerHTML = '';
    document.documentElement.removeAttribute('style');
    for (const key of Object.keys(document.documentElement.dataset))
      delete document.documentElement.dataset[key];
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it.each([
    undefined,
    '{not json',
    JSON.stringify({ textSize: 150 }),
    JSON.stringify({ textSize: 200, theme: 'contrast', reducedMotion: true }),
    JSON.stringify({ textSize: 400, theme: 'neon', reducedMotion: 'yes' }),
    JSON.stringify({ textSize: 175, welcomed: true }),
  ])('applies the stored preferences %s exactly as the app does', (stored) => {
    if (stored !== undefined) localStorage.setItem('kpk.preferences', stored);
    const booted = runBoot();
    const expected = document.createElement('html');
    applyPreferences(reloadPreferences(), expected);
    expect(booted.style.fontSize).toBe(expected.style.fontSize);
    expect(booted.dataset.theme).toBe(expected.dataset.theme);
    expect(booted.dataset.motion).toBe(expected.dataset.motion);
  });

  it('shows the prerendered home page whole on a first visit, without the welcome to a returning learner', () => {
    expect(runBoot('/').dataset.prerendered).toBe('first-visit');
    localStorage.setItem('kpk.preferences', JSON.stringify({ welcomed: true }));
    expect(runBoot('/').dataset.prerendered).toBe('returning');
  });

  it('hides the prerendered home page on any other address and in any other language', () => {
    expect(runBoot('/settings').dataset.prerendered).toBe('hidden');
    expect(runBoot('/modules/buses').dataset.prerendered).toBe('hidden');
    localStorage.setItem('kpk.language', 'en');
    expect(runBoot('/').dataset.prerendered).toBe('hidden');
    localStorage.setItem('kpk.language', 'pl');
    expect(runBoot('/').dataset.prerendered).toBe('first-visit');
  });

  it('shows a prerendered lesson at its address only on a device with no progress yet', () => {
    const lesson = { page: '/modules/drones/lessons/categories', kind: 'lesson' };
    expect(runBoot('/modules/drones/lessons/categories', lesson).dataset.prerendered).toBe('first-visit');
    expect(runBoot('/modules/drones/lessons/categories/', lesson).dataset.prerendered).toBe('first-visit');
    localStorage.setItem('kpk.preferences', JSON.stringify({ welcomed: true }));
    expect(runBoot('/modules/drones/lessons/categories', lesson).dataset.prerendered).toBe('first-visit');
    expect(runBoot('/modules/drones/lessons/other', lesson).dataset.prerendered).toBe('hidden');
    localStorage.setItem('kpk.hasProgress', '1');
    expect(runBoot('/modules/drones/lessons/categories', lesson).dataset.prerendered).toBe('hidden');
  });

  it('shows nothing early when the start data is missing or damaged', () => {
    expect(runBoot('/', {}).dataset.prerendered).toBe('hidden');
    document.head.innerHTML = '<script type="application/json" id="kpk-start">{oops</script>';
    window.history.replaceState(null, '', '/');
    new Function(BOOT)();
    expect(document.documentElement.dataset.prerendered).toBe('hidden');
  });

  it('loads the app scripts named in the start data after the first frame, once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    runBoot('/', {
      page: '/',
      kind: 'home',
      modules: ['/assets/index-x.js'],
      preloads: ['/assets/a.js', '/assets/b.js'],
    });
    expect(document.querySelectorAll('script[type="module"]')).toHaveLength(0);
    for (const frame of frames) frame(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['/assets/index-x.js']);
    const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    expect(preloads.map((link) => link.getAttribute('href'))).toEqual(['/assets/a.js', '/assets/b.js']);
  });
});
