import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findModule } from '@/content/catalogue';
import { getDatabase } from '@/db/database';
import { saveRecord } from '@/db/write';
import { setStaffPin, staffPin } from '@/features/workshops/data/staff-pin';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

describe('StaffPage', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('sets a PIN on first use and opens the staff area', async () => {
    const { user } = await renderApp({ path: '/staff' });
    // Six digits at least, and not one a thief tries first.
    await user.type(await screen.findByLabelText('PIN'), '4321');
    await user.type(screen.getByLabelText('Powtórz PIN'), '4321');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN musi mieć od 6 do 8 cyfr.');
    await user.clear(screen.getByLabelText('PIN'));
    await user.clear(screen.getByLabelText('Powtórz PIN'));
    await user.type(screen.getByLabelText('PIN'), '123456');
    await user.type(screen.getByLabelText('Powtórz PIN'), '123456');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Taki PIN łatwo zgadnąć');
    await user.clear(screen.getByLabelText('PIN'));
    await user.clear(screen.getByLabelText('Powtórz PIN'));
    await user.type(screen.getByLabelText('PIN'), '432917');
    await user.type(screen.getByLabelText('Powtórz PIN'), '432917');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Strefa prowadzącego' })).toBeInTheDocument();
  });

  it('keeps digits only in the PIN field', async () => {
    const { user } = await renderApp({ path: '/staff' });
    const field = await screen.findByLabelText('PIN');
    await user.type(field, '12ab34');
    expect(field).toHaveValue('1234');
  });

  it('explains a full disk in plain words when the PIN cannot be saved', async () => {
    vi.spyOn(staffPin, 'set').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const { user } = await renderApp({ path: '/staff' });
    await user.type(await screen.findByLabelText('PIN'), '432917');
    await user.type(screen.getByLabelText('Powtórz PIN'), '432917');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Brakuje miejsca w pamięci telefonu.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dla prowadzących');
  });

  it('says how many tries are left after a wrong PIN', async () => {
    vi.spyOn(staffPin, 'unlock').mockResolvedValue({ outcome: 'wrong', triesLeft: 3 });
    await setStaffPin(getDatabase(), '402917');
    const { user } = await renderApp({ path: '/staff' });
    await user.type(await screen.findByLabelText('PIN'), '915372');
    await user.click(screen.getByRole('button', { name: 'Odblokuj' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ten PIN jest nieprawidłowy. Zostały jeszcze 3 próby.',
    );
  });

  it('never renders roster data while locked, on any staff address', async () => {
    await setStaffPin(getDatabase(), '402917');
    await saveRecord(getDatabase(), 'member', { name: 'Halina Wiśniewska', memberNumber: 'UTW-001' });
    await renderApp({ path: '/staff/roster' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dla prowadzących');
    expect(screen.queryByText(/Wiśniewska/)).not.toBeInTheDocument();
    expect(screen.queryByText(/UTW-001/)).not.toBeInTheDocument();
  });

  it('shows the links of the chosen role on the staff home', async () => {
    act(() => staffSession.unlock());
    const { user } = await renderApp({ path: '/staff' });
    expect(await screen.findByRole('link', { name: /Zajęcia i obecność/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Wczytaj listę z pliku/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Koordynator UTW' }));
    expect(await screen.findByRole('link', { name: /Wczytaj listę z pliku/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zablokuj' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dla prowadzących' })).toBeInTheDocument();
  });

  it('locks after 10 idle minutes on a staff screen, but not while a lesson is on the projector', {
    timeout: 40_000,
  }, async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      act(() => staffSession.unlock());
      const lesson = findModule('messengers')?.lessons[0];
      const view = await renderApp({ path: `/staff/projector/messengers/${lesson?.id}` });
      // The projector chunk and the lesson's words load lazily: slow on a busy machine.
      expect(await screen.findByText(/^Krok 1 z/, undefined, { timeout: 15_000 })).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(11 * 60 * 1000));
      expect(screen.getByText(/^Krok 1 z/)).toBeInTheDocument();
      view.unmount();

      // Leaving the projector asks for the PIN again (useStaffAreaLock); given, the idle lock runs.
      act(() => staffSession.unlock());
      await renderApp({ path: '/staff/sessions' });
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Zajęcia i obecność' }, { timeout: 15_000 }),
      ).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(10 * 60 * 1000));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Dla prowadzących' }, { timeout: 15_000 }),
      ).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks English when the learner chose English', async () => {
    act(() => staffSession.unlock());
    await renderApp({ path: '/staff', language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Instructor area' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Sessions and attendance/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Fill with sample data' })).toBeInTheDocument();
  });
});
