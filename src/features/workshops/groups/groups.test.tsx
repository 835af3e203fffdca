import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { listRecords, saveRecords } from '@/db/write';
import { groupsStore } from '@/features/workshops/data/groups';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

describe('groups', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
    act(() => staffSession.unlock());
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('creates a group with members and plans a weekly series of 10 sessions', async () => {
    await saveRecords(getDatabase(), 'member', [
      { name: 'Halina Wiśniewska', memberNumber: 'UTW-1' },
      { name: 'Józef Kołodziej', memberNumber: 'UTW-2' },
      { name: 'Teresa Żak', memberNumber: 'UTW-3' },
    ]);
    const { user } = await renderApp({ path: '/staff/groups/new' });
    await user.type(await screen.findByLabelText('Nazwa grupy'), 'Cyfrowy senior — grupa wtorkowa');
    await user.click(screen.getByRole('checkbox', { name: 'Autobusy i bilety' }));
    await user.click(screen.getByRole('checkbox', { name: /Halina Wiśniewska/ }));
    await user.click(screen.getByRole('checkbox', { name: /Teresa Żak/ }));
    await user.click(screen.getByRole('button', { name: 'Zapisz grupę' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cyfrowy senior — grupa wtorkowa' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Uczestnicy (2)' })).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Od dnia'));
    await user.type(screen.getByLabelText('Od dnia'), '2026-10-01');
    await user.selectOptions(screen.getByLabelText('Dzień tygodnia'), 'wtorek');
    await user.clear(screen.getByLabelText('Godzina'));
    await user.type(screen.getByLabelText('Godzina'), '10:00');
    await user.type(screen.getByLabelText(/Miejsce/), 'MDK, sala 12');
    await user.click(screen.getByRole('button', { name: 'Zaplanuj serię' }));
    expect(await screen.findByText(/Zaplanowano 10 zajęć/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Zajęcia (10)' })).toBeInTheDocument();
    const sessions = await listRecords(getDatabase(), 'session');
    expect(sessions.map((session) => new Date(session.startsAt).getDay())).toEqual(Array(10).fill(2));
    // Typing into a dozen fields takes a while on a busy two-core machine.
  }, 30_000);

  it('lays out a printable card with name, number and QR for each member of the group', async () => {
    const members = await saveRecords(getDatabase(), 'member', [
      { name: 'Halina Wiśniewska', memberNumber: 'UTW-1' },
      { name: 'Józef Kołodziej', memberNumber: 'UTW-2' },
    ]);
    const group = await groupsStore.save(
      { name: 'Wtorki', term: '', instructorIds: [], moduleIds: [] },
      members.map((member) => member.id),
    );
    await renderApp({ path: `/staff/groups/${group.id}/cards` });
    expect(await screen.findByRole('img', { name: 'Kod QR karty: Halina Wiśniewska' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Kod QR karty: Józef Kołodziej' })).toBeInTheDocument();
    expect(screen.getByText('Nr UTW-2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drukuj karty' })).toBeInTheDocument();
  });
});
