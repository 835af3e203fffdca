import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_SHOWN_MS, UpdatePrompt, useOfflineReadyLine } from '@/app/update-prompt';
import { createI18n } from '@/lib/i18n';

async function renderPrompt(props: { needRefresh: boolean; lessonOpen: boolean }) {
  const i18n = await createI18n('pl');
  const onUpdate = vi.fn();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt {...props} onUpdate={onUpdate} />
    </I18nextProvider>,
  );
  return { ...view, onUpdate, i18n };
}

describe('UpdatePrompt', () => {
  it('offers the new version and updates only when asked', async () => {
    const { onUpdate } = await renderPrompt({ needRefresh: true, lessonOpen: false });
    expect(screen.getByText('Jest nowa wersja aplikacji.')).toBeInTheDocument();
    expect(onUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Zaktualizuj teraz' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('waits while a lesson is open and offers the update after the lesson closes', async () => {
    const { rerender, onUpdate, i18n } = await renderPrompt({
      needRefresh: true,
      lessonOpen: true,
    });
    expect(screen.queryByRole('button', { name: 'Zaktualizuj teraz' })).not.toBeInTheDocument();
    rerender(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt needRefresh lessonOpen={false} onUpdate={onUpdate} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button', { name: 'Zaktualizuj teraz' })).toBeInTheDocument();
  });

  it('hides the offer for this visit when the learner chooses later', async () => {
    const { onUpdate } = await renderPrompt({ needRefresh: true, lessonOpen: false });
    await userEvent.click(screen.getByRole('button', { name: 'Później' }));
    expect(screen.queryByText('Jest nowa wersja aplikacji.')).not.toBeInTheDocument();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('says "ready offline" once, briefly, and then lets it go by itself', () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ ready }) => useOfflineReadyLine(ready), {
        initialProps: { ready: false },
      });
      expect(result.current).toBe(false);
      rerender({ ready: true });
      expect(result.current).toBe(true);
      act(() => vi.advanceTimersByTime(OFFLINE_READY_SHOWN_MS + 10));
      expect(result.current).toBe(false);
      // It does not come back while the app stays ready.
      rerender({ ready: true });
      expect(result.current).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
