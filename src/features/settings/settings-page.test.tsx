import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { reloadPreferences } from '@/lib/preferences';
import { renderApp } from '@/testing/render-app';

describe('SettingsPage', () => {
  beforeEach(() => localStorage.clear());

  it('switches the whole app to English when English is chosen', async () => {
    const { user } = await renderApp({ path: '/settings' });
    expect(screen.getByRole('radio', { name: 'Polski' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('marks each language name with its own language for screen readers', async () => {
    await renderApp({ path: '/settings' });
    expect(screen.getByText('English').closest('label')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Polski').closest('label')).toHaveAttribute('lang', 'pl');
  });
});

describe('SettingsPage preferences', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadPreferences();
  });

  it('applies a larger text size and high contrast at once and remembers them', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.click(screen.getByRole('radio', { name: 'Największy (200 %)' }));
    expect(document.documentElement.style.fontSize).toBe('250%');
    await user.click(screen.getByRole('radio', { name: 'Wysoki kontrast' }));
    expect(document.documentElement.dataset.theme).toBe('contrast');
    await user.click(screen.getByRole('checkbox', { name: 'Ogranicz ruch na ekranie' }));
    expect(document.documentElement.dataset.motion).toBe('reduced');
    expect(reloadPreferences()).toMatchObject({ textSize: 200, theme: 'contrast', reducedMotion: true });
  });

  it('explains when the device has no voice for reading aloud', async () => {
    await renderApp({ path: '/settings' });
    expect(screen.getAllByText(/To urządzenie nie ma głosu do czytania w tym języku/).length).toBeGreaterThan(
      0,
    );
  });
});
