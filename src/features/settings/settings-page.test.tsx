import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
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
