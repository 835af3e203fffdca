import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MODULES } from '@/content/catalogue';
import { getDatabase } from '@/db/database';
import { saveRecord } from '@/db/write';
import { renderApp } from '@/testing/render-app';

describe('ProgressCard', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });

  it('shows a QR code of the finished lessons on request', async () => {
    const lessons = MODULES.flatMap((module) => module.lessons.map((lesson) => ({ module, lesson }))).slice(
      0,
      3,
    );
    for (const [index, { module, lesson }] of lessons.entries()) {
      await saveRecord(getDatabase(), 'progress', {
        owner: 'default',
        moduleId: module.id,
        lessonId: lesson.id,
        step: 0,
        stepsTotal: lesson.steps.length,
        completedAt: index < 2 ? '2026-11-21T09:00:00Z' : undefined,
      });
    }
    const { user } = await renderApp({ path: '/progress' });
    await user.click(await screen.findByRole('button', { name: 'Pokaż kod QR' }));
    expect(screen.getByRole('img', { name: 'Kod QR z 2 ukończonymi lekcjami' })).toBeInTheDocument();
    expect(screen.getByText('2 ukończone lekcje')).toBeInTheDocument();
  });

  it('is not offered before any lesson is finished', async () => {
    await renderApp({ path: '/progress' });
    await screen.findByText(/Nie ma jeszcze żadnych postępów/);
    expect(screen.queryByRole('button', { name: 'Pokaż kod QR' })).not.toBeInTheDocument();
  });
});
