import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyPreferences,
  DEFAULT_PREFERENCES,
  getPreferences,
  reloadPreferences,
  updatePreferences,
} from '@/lib/preferences';

describe('preferences', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadPreferences();
  });

  it('starts with the defaults on a new device', () => {
    expect(getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('applies a change to the page at once and remembers it', () => {
    updatePreferences({ textSize: 200, theme: 'contrast', reducedMotion: true });
    expect(document.documentElement.style.fontSize).toBe('250%');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(document.documentElement.dataset.motion).toBe('reduced');
    expect(reloadPreferences()).toMatchObject({ textSize: 200, theme: 'contrast', reducedMotion: true });
  });

  it('ignores stored values it does not know, keeping the rest', () => {
    localStorage.setItem(
      'kpk.preferences',
      JSON.stringify({ textSize: 400, theme: 'neon', speechRate: 0.75 }),
    );
    expect(reloadPreferences()).toMatchObject({ textSize: 100, theme: 'standard', speechRate: 0.75 });
    localStorage.setItem('kpk.preferences', '{not json');
    expect(reloadPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('sets the normal size as 125 % of the browser size', () => {
    const root = document.createElement('html');
    applyPreferences(DEFAULT_PREFERENCES, root);
    expect(root.style.fontSize).toBe('125%');
  });
});
