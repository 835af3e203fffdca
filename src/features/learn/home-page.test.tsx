import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { saveRecord } from '@/db/write';
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
      moduleId: 'waste',
      lessonId: 'five-colours',
      step: 5,
      completedAt: '2026-11-20T10:00:00Z',
    });
    await saveRecord(db, 'progress', { ...base, moduleId: 'buses', lessonId: 'phone-ticket', step: 2 });
    await renderApp();
    const continueLink = await screen.findByRole('link', { name: /Kontynuuj/ });
    expect(continueLink).toHaveAttribute('href', '/modules/buses/lessons/phone-ticket');
    expect(continueLink).toHaveTextContent(/krok 3 z/);
    const wasteCard = screen.getByRole('link', { name: /Odpady i segregacja/ });
    expect(within(wasteCard).getByText(/Ukończone: 1 z 3/)).toBeInTheDocument();
  });
});
