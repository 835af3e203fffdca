import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { saveRecord } from '@/db/write';
import { reloadPreferences } from '@/lib/preferences';
import { renderApp } from '@/testing/render-app';

describe('HomePage', () => {
  beforeEach(async () => {
    localStorage.clear();
    await getDatabase().delete();
    await getDatabase().open();
  });

  it('offers nothing to continue on a new device', async () => {
    await renderApp();
    expect(await screen.findAllByRole('link', { name: /lekcj/ })).toHaveLength(5);
    expect(screen.queryByRole('link', { name: /Kontynuuj/ })).not.toBeInTheDocument();
  });

  it('continues the lesson last opened, at its step, and counts finished lessons per module', async () => {
    const db = getDatabase();
    const base = { owner: 'default', stepsTotal: 6 };
    await saveRecord(db, 'progress', {
      ...base,
      moduleId: 'messengers',
      lessonId: 'scams',
      step: 5,
      completedAt: '2026-11-20T10:00:00Z',
    });
    await saveRecord(db, 'progress', { ...base, moduleId: 'messengers', lessonId: 'video-calls', step: 2 });
    await renderApp();
    const continueLink = await screen.findByRole('link', { name: /Kontynuuj/ });
    expect(continueLink).toHaveAttribute('href', '/modules/messengers/lessons/video-calls');
    expect(continueLink).toHaveTextContent(/krok 3 z/);
    const card = screen.getByRole('link', { name: /Komunikatory i rozmowy z rodziną/ });
    expect(within(card).getByText(/Ukończone: 1 z 4/)).toBeInTheDocument();
  });
});

describe('Welcome', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadPreferences();
  });

  it('asks for the language and text size on the first start, then gets out of the way for good', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Duży (150 %)' }));
    expect(document.documentElement.style.fontSize).toBe('187.5%');
    await user.click(screen.getByRole('button', { name: 'Zaczynamy' }));
    expect(
      screen.queryByRole('heading', { name: 'Witamy w aplikacji Krok po kroku' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(reloadPreferences()).toMatchObject({ welcomed: true, textSize: 150 });
  });

  it('switches the language from the first screen', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { name: 'Welcome to the Step by step app' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What would you like to learn today?',
    );
  });
});
