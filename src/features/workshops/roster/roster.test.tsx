import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { listRecords } from '@/db/write';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

const csvFile = (text: string, name = 'lista.csv') =>
  new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });

describe('roster', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
    act(() => staffSession.unlock());
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('stores nothing about a new member until the consent is recorded', async () => {
    const { user } = await renderApp({ path: '/staff/roster/new' });
    await user.type(await screen.findByLabelText('Imię i nazwisko'), 'Halina Wiśniewska');
    await user.type(screen.getByLabelText(/Numer członkowski/), 'UTW-101');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Najpierw zaznacz zgodę');
    expect(await listRecords(getDatabase(), 'member')).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Uczestnik wyraził zgodę' }));
    await user.type(screen.getByLabelText('Zgodę przyjął(-ęła)'), 'Anna Koordynatorka');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('link', { name: /Halina Wiśniewska/ })).toBeInTheDocument();
    const [member] = await listRecords(getDatabase(), 'member');
    expect(member).toMatchObject({
      name: 'Halina Wiśniewska',
      memberNumber: 'UTW-101',
      consent: { recordedBy: 'Anna Koordynatorka' },
      dirty: 1,
    });
    expect(member?.updatedAt).toEqual(expect.any(String));
    expect(member?.updatedBy).toEqual(expect.any(String));
  });

  it('archives a member and brings them back', async () => {
    const { user } = await renderApp({ path: '/staff/roster/new' });
    await user.click(await screen.findByRole('checkbox', { name: 'Uczestnik wyraził zgodę' }));
    await user.type(screen.getByLabelText('Zgodę przyjął(-ęła)'), 'Anna');
    await user.type(screen.getByLabelText('Imię i nazwisko'), 'Jan Kos');
    await user.type(screen.getByLabelText(/Numer członkowski/), '7');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    await user.click(await screen.findByRole('link', { name: /Jan Kos/ }));
    await user.click(await screen.findByRole('button', { name: 'Przenieś do archiwum' }));
    expect(await screen.findByRole('button', { name: 'Przywróć z archiwum' })).toBeInTheDocument();
    expect((await listRecords(getDatabase(), 'member'))[0]?.archived).toBe(true);
  });

  it('previews an imported list and writes it only on "Zapisz", in one go', async () => {
    const { user } = await renderApp({ path: '/staff/roster/import' });
    const text = 'Imię i nazwisko;Nr legitymacji;Telefon\nAnna Nowak;1;600100200\nJan Kos;2;\n';
    await user.upload(await screen.findByLabelText('Plik CSV z listą uczestników'), csvFile(text));
    const table = await screen.findByRole('table', { name: /^Osoby z pliku/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(await listRecords(getDatabase(), 'member')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Najpierw zaznacz zgodę');
    await user.click(screen.getByRole('checkbox', { name: /wyraziły zgodę/ }));
    await user.type(screen.getByLabelText('Zgodę przyjął(-ęła)'), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByText('Zapisano 2 osoby.')).toBeInTheDocument();
    const members = await listRecords(getDatabase(), 'member');
    expect(members.map((member) => member.name).sort()).toEqual(['Anna Nowak', 'Jan Kos']);
  });

  it('refuses a file with bad rows, saying which rows, and writes nothing', async () => {
    const { user } = await renderApp({ path: '/staff/roster/import' });
    const text = 'Imię i nazwisko;Nr legitymacji\nAnna Nowak;1\nJan Kos;\nEwa Lis;1\n';
    await user.upload(await screen.findByLabelText('Plik CSV z listą uczestników'), csvFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wiersz 3: brak numeru członkowskiego.');
    expect(alert).toHaveTextContent('Wiersz 4: numer 1 powtarza się (jest już w wierszu 2).');
    expect(alert).toHaveTextContent('Nic nie zostało zapisane.');
    expect(screen.queryByRole('button', { name: 'Zapisz' })).not.toBeInTheDocument();
    expect(await listRecords(getDatabase(), 'member')).toEqual([]);
  });

  it('refuses a file without known columns', async () => {
    const { user } = await renderApp({ path: '/staff/roster/import' });
    await user.upload(
      await screen.findByLabelText('Plik CSV z listą uczestników'),
      csvFile('a;b\n1;2\n', 'x.csv'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('W pliku „x.csv” nie ma znanych kolumn.');
  });
});
