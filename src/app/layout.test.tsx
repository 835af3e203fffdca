import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPwaStatus } from '@/app/pwa-status';
import { renderApp } from '@/testing/render-app';

describe('Layout', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setPwaStatus({ needRefresh: false, offlineReady: false }));

  it('shows the five modules with their lesson counts on the home page', async () => {
    await renderApp();
    const cards = within(screen.getByRole('main')).getAllByRole('link');
    expect(cards).toHaveLength(5);
    expect(cards[0]).toHaveTextContent('Sprawy urzędowe przez internet');
    expect(cards[0]).toHaveTextContent('6 lekcji');
    expect(cards[2]).toHaveTextContent('3 lekcje');
  });

  it('offers the way home on every page', async () => {
    for (const path of [
      '/modules/waste',
      '/modules/waste/lessons/five-colours',
      '/progress',
      '/settings',
      '/x',
    ]) {
      const { unmount } = await renderApp({ path });
      expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Strona główna' })).toHaveAttribute(
        'href',
        '/',
      );
      unmount();
    }
  });

  it('reassures when the network goes away and clears the message when it returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await renderApp();
    expect(screen.queryByText('Brak internetu — wszystko działa dalej')).not.toBeInTheDocument();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Brak internetu — wszystko działa dalej');
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText('Brak internetu — wszystko działa dalej')).not.toBeInTheDocument();
  });

  it('moves focus to the new page heading after following a link', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: /Autobusy i bilety/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Autobusy i bilety' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Autobusy i bilety — Krok po kroku');
  });

  it('keeps a waiting update to itself while a lesson is open', async () => {
    setPwaStatus({ needRefresh: true });
    const lesson = await renderApp({ path: '/modules/buses/lessons/phone-ticket' });
    expect(screen.queryByRole('button', { name: 'Zaktualizuj teraz' })).not.toBeInTheDocument();
    lesson.unmount();
    await renderApp({ path: '/modules/buses' });
    expect(screen.getByRole('button', { name: 'Zaktualizuj teraz' })).toBeInTheDocument();
  });

  it('shows a friendly page for an unknown address', async () => {
    await renderApp({ path: '/nie-ma' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nie ma takiej strony');
  });
});
