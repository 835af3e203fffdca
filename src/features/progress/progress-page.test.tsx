import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
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

  it('shows each lesson as finished, started or not started, and a stamp for a finished module', async () => {
    const waste = MODULES.find((module) => module.id === 'waste');
    for (const lesson of waste?.lessons ?? []) {
      await saveRecord(getDatabase(), 'progress', {
        owner: 'default',
        moduleId: 'waste',
        lessonId: lesson.id,
        step: lesson.steps.length - 1,
        stepsTotal: lesson.steps.length,
        completedAt: '2026-11-21T09:00:00Z',
      });
    }
    await saveRecord(getDatabase(), 'progress', {
      owner: 'default',
      moduleId: 'buses',
      lessonId: 'phone-ticket',
      step: 1,
      stepsTotal: 8,
    });
    await renderApp({ path: '/progress' });
    const wasteSection = await screen.findByRole('region', { name: 'Odpady i segregacja' });
    expect(within(wasteSection).getByText('Temat ukończony')).toBeInTheDocument();
    expect(within(wasteSection).getAllByText('Ukończona')).toHaveLength(waste?.lessons.length ?? 0);
    const busesSection = screen.getByRole('region', { name: 'Autobusy i bilety' });
    expect(within(busesSection).getByText(/Rozpoczęta — krok 2 z/)).toBeInTheDocument();
    expect(within(busesSection).getAllByText('Jeszcze nie rozpoczęta').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Wydrukuj podsumowanie nauki' })).toBeInTheDocument();
  });
});
