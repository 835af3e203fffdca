import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { listRecords, saveRecord } from '@/db/write';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

afterEach(async () => {
  staffSession.lock();
  const db = getDatabase();
  await Promise.all([db.members.clear(), db.syncState.clear(), db.settings.clear()]);
});

describe('/sync', () => {
  it('shows the PIN gate, not the sync settings, while staff mode is locked', async () => {
    await renderApp({ path: '/sync' });
    expect(screen.queryByRole('heading', { name: 'Synchronizacja' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Hasło')).not.toBeInTheDocument();
  });

  it('answers "Sprawdź połączenie" in plain words for an address that is not one', async () => {
    staffSession.unlock();
    const { user } = await renderApp({ path: '/sync' });
    expect(await screen.findByText('Synchronizacja nie jest jeszcze ustawiona.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Adres serwera'), 'serwer utw');
    await user.type(screen.getByLabelText('Nazwa bazy'), 'krok');
    await user.click(screen.getByRole('button', { name: 'Sprawdź połączenie' }));
    expect(await screen.findByText(/To nie jest poprawny adres/)).toBeInTheDocument();
  });

  it('warns about unsynced changes before signing out, then wipes the staff data', async () => {
    await saveRecord(getDatabase(), 'member', { name: 'Anna Nowak', memberNumber: '1' });
    staffSession.unlock();
    const { user } = await renderApp({ path: '/sync' });
    expect(await screen.findByText('1 zmiana czeka na wysłanie.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wyloguj to urządzenie' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/1 zmiana nie została jeszcze wysłana/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Wyloguj i usuń dane' }));
    expect(await screen.findByText('Wylogowano. Dane usunięto z tego urządzenia.')).toBeInTheDocument();
    expect(await listRecords(getDatabase(), 'member')).toEqual([]);
  });

  it('refuses a file that is not a sync file and changes nothing', async () => {
    staffSession.unlock();
    const { user, container } = await renderApp({ path: '/sync' });
    await screen.findByRole('heading', { name: 'Plik synchronizacji' });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['{"records": []}'], 'lista.json', { type: 'application/json' }));
    expect(await screen.findByText(/To nie jest plik synchronizacji Krok po kroku/)).toBeInTheDocument();
    expect(await listRecords(getDatabase(), 'member')).toEqual([]);
  });
});
