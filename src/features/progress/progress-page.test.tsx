import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MODULES } from '@/content/catalogue';
import { getDatabase } from '@/db/database';
import { saveRecord } from '@/db/write';
import { renderApp } from '@/testing/render-app';

describe('ProgressPage', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });

  it('invites a new learner to start', async () => {
    await renderApp({ path: '/progress' });
    expect(await screen.findByText(/Nie ma jeszcze żadnych postępów/)).toBeInTheDocument();
  });

  it('shows a stamp for a module whose lessons are all finished', async () => {
    const messengers = MODULES.find((module) => module.id === 'messengers');
    for (const lesson of messengers?.lessons ?? []) {
      await saveRecord(getDatabase(), 'progress', {
        owner: 'default',
        moduleId: 'messengers',
        lessonId: lesson.id,
        step: lesson.steps.length - 1,
        stepsTotal: lesson.steps.length,
        completedAt: '2026-11-21T09:00:00Z',
      });
    }
    await renderApp({ path: '/progress' });
    const section = await screen.findByRole('region', { name: 'Komunikatory i rozmowy z rodziną' });
    expect(within(section).getByText('Temat ukończony')).toBeInTheDocument();
    expect(within(section).getAllByText('Ukończona')).toHaveLength(messengers?.lessons.length ?? 0);
    expect(screen.getByRole('button', { name: 'Wydrukuj podsumowanie nauki' })).toBeInTheDocument();
  });

  it('shows a lesson begun at its step and the others as not started', async () => {
    await saveRecord(getDatabase(), 'progress', {
      owner: 'default',
      moduleId: 'messengers',
      lessonId: 'video-calls',
      step: 1,
      stepsTotal: 8,
      quiz: { check: { correct: true, attempts: 2 } },
    });
    await renderApp({ path: '/progress' });
    const section = await screen.findByRole('region', { name: 'Komunikatory i rozmowy z rodziną' });
    expect(within(section).getByText(/Rozpoczęta — krok 2 z/)).toBeInTheDocument();
    expect(within(section).getByText('Pytania: dobrze za 2. razem')).toBeInTheDocument();
    expect(within(section).getAllByText('Jeszcze nie rozpoczęta')).toHaveLength(3);
    expect(within(section).queryByText('Temat ukończony')).not.toBeInTheDocument();
  });

  it('offers a file copy where the browser has not promised to keep the data, and takes the learner there', async () => {
    const record = {
      owner: 'default',
      moduleId: 'messengers',
      lessonId: 'video-calls',
      step: 1,
      stepsTotal: 8,
    } as const;
    await saveRecord(getDatabase(), 'progress', record);
    await getDatabase().meta.put({
      key: 'persistence',
      value: { askedAt: '2026-12-03T08:00:00Z', granted: true },
    });
    const { unmount } = await renderApp({ path: '/progress' });
    await screen.findByRole('region', { name: 'Komunikatory i rozmowy z rodziną' });
    expect(screen.queryByRole('complementary', { name: 'Zachowaj postępy na wszelki wypadek' })).toBeNull();
    unmount();

    await getDatabase().meta.put({
      key: 'persistence',
      value: { askedAt: '2026-12-03T08:00:00Z', granted: false },
    });
    const { user } = await renderApp({ path: '/progress' });
    const offer = await screen.findByRole('complementary', { name: 'Zachowaj postępy na wszelki wypadek' });
    await user.click(within(offer).getByRole('link', { name: 'Zapisz postępy do pliku' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Moje dane' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Zapisz moje postępy do pliku' })).toBeInTheDocument();
  });
});
