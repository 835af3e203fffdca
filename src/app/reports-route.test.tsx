import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { saveRecord, saveRecords } from '@/db/write';
import { getReportSettings } from '@/features/reports/data/report-settings';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

async function seed() {
  const db = getDatabase();
  const members = await saveRecords(db, 'member', [
    { name: 'Żaneta Łęcka', memberNumber: 'UTW-1' },
    { name: 'Jan Kos', memberNumber: 'UTW-2' },
  ]);
  const group = await saveRecord(db, 'group', {
    name: 'Cyfrowy senior',
    term: '2026/27 semestr zimowy',
    instructorIds: ['Aleksandra Nowak'],
    moduleIds: ['buses'],
  });
  await saveRecords(
    db,
    'membership',
    members.map((member) => ({ id: `${group.id}:${member.id}`, groupId: group.id, memberId: member.id })),
  );
  const sessions = await saveRecords(db, 'session', [
    { groupId: group.id, startsAt: '2026-10-06T08:00:00.000Z', lessonIds: [] },
    { groupId: group.id, startsAt: '2026-10-13T08:00:00.000Z', lessonIds: [] },
  ]);
  const [zaneta, jan] = members;
  const [first, second] = sessions;
  if (!zaneta || !jan || !first || !second) throw new Error('not seeded');
  await saveRecords(db, 'attendance', [
    { sessionId: first.id, memberId: zaneta.id, status: 'present' },
    { sessionId: second.id, memberId: zaneta.id, status: 'excused' },
    { sessionId: first.id, memberId: jan.id, status: 'absent' },
    { sessionId: second.id, memberId: jan.id, status: 'late' },
  ]);
}

describe('/reports', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('shows the PIN gate, not the report, while the staff area is locked', async () => {
    await seed();
    await renderApp({ path: '/reports' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dla prowadzących');
    expect(screen.queryByText('Cyfrowy senior')).not.toBeInTheDocument();
  });

  it('shows the rates and refuses a threshold outside 1–100 in plain Polish, keeping the stored one', async () => {
    await seed();
    act(() => staffSession.unlock());
    const { user } = await renderApp({ path: '/reports' });
    const groups = await screen.findByRole('table', { name: 'Podsumowanie grup' });
    const row = within(groups).getByRole('row', { name: /Cyfrowy senior/ });
    // Excused counts as absent by default: Żaneta 1 of 2, Jan 1 of 2.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('50%');

    await user.click(screen.getByText('Ustawienia raportów'));
    const threshold = screen.getByLabelText('Próg frekwencji do zaświadczenia (%)');
    await user.clear(threshold);
    await user.type(threshold, '150');
    await user.click(screen.getByRole('button', { name: 'Zapisz ustawienia' }));
    expect(
      await screen.findByText('Wpisz liczbę całkowitą od 1 do 100, na przykład 80.'),
    ).toBeInTheDocument();
    expect((await getReportSettings(getDatabase())).thresholdPercent).toBe(80);

    await user.clear(threshold);
    await user.type(threshold, '50');
    await user.click(screen.getByRole('button', { name: 'Zapisz ustawienia' }));
    expect(await screen.findByText('Zapisano ustawienia.')).toBeInTheDocument();
    expect((await getReportSettings(getDatabase())).thresholdPercent).toBe(50);
    // The last column counts the members eligible for a certificate: both, at 50 %.
    await waitFor(() => expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('2'));

    await user.click(screen.getByRole('radio', { name: 'Liczy się jak obecność' }));
    expect(await within(row).findByText('75%')).toBeInTheDocument();
  });
});
