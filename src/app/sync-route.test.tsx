import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, getDatabase } from '@/db/database';
import { newId } from '@/db/ulid';
import { deleteRecord, listRecords, saveRecord } from '@/db/write';
import { staffSession } from '@/features/workshops/staff-session';
import { exportSyncFile } from '@/sync/sync-file';
import { renderApp } from '@/testing/render-app';

const opened: ReturnType<typeof createDatabase>[] = [];

afterEach(async () => {
  staffSession.lock();
  const db = getDatabase();
  await Promise.all([db.members.clear(), db.syncState.clear(), db.settings.clear()]);
  for (const other of opened.splice(0)) other.close();
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
  it('lists a sync file record that would bring an erased member back, in plain words, and applies it not', async () => {
    const office = createDatabase(`office-${newId()}`);
    opened.push(office);
    const anna = await saveRecord(office, 'member', {
      name: 'Anna Kowalska',
      memberNumber: '7',
      phone: '600',
    });
    const file = JSON.stringify(await exportSyncFile(office));
    // This device had Anna and erased her.
    await getDatabase().members.put({ ...anna, dirty: 0 });
    await deleteRecord(getDatabase(), 'member', anna.id);
    staffSession.unlock();
    const { user, container } = await renderApp({ path: '/sync' });
    await screen.findByRole('heading', { name: 'Plik synchronizacji' });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File([file], 'biuro.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: 'Odrzucone dane z zewnątrz' })).toBeInTheDocument();
    expect(
      screen.getByText(
        `Uczestnik ${anna.id} (z pliku): ten zapis został usunięty na tym urządzeniu; plik przywróciłby go z danymi osobowymi.`,
      ),
    ).toBeInTheDocument();
    const stored = await getDatabase().members.get(anna.id);
    expect(stored).toMatchObject({ deleted: true });
    expect(JSON.stringify(stored)).not.toMatch(/Anna|600/);
  });

  it('pairs only with a pairing code, and keeps no code or password in the form', async () => {
    staffSession.unlock();
    const { user } = await renderApp({ path: '/sync' });
    await screen.findByRole('heading', { name: 'Sparuj urządzenie' });
    await user.type(screen.getByLabelText('Kod parowania'), 'haslo123');
    await user.click(screen.getByRole('button', { name: 'Sparuj i synchronizuj' }));
    expect(await screen.findByText(/To nie jest kod parowania/)).toBeInTheDocument();
    // A code for a server that is not there: it is tried once, and nothing is stored.
    const code = `KROK1.${btoa(JSON.stringify({ u: 'http://127.0.0.1:9', d: 'krok', n: 'tablet-1', p: 'tajne-haslo' }))}`;
    await user.clear(screen.getByLabelText('Kod parowania'));
    await user.type(screen.getByLabelText('Kod parowania'), code);
    await user.click(screen.getByRole('button', { name: 'Sparuj i synchronizuj' }));
    expect(
      await screen.findByText(/Serwer nie odpowiada/, undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(JSON.stringify(await getDatabase().syncState.toArray())).not.toContain('tajne-haslo');
  });
});
