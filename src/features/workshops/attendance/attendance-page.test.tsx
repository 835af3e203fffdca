import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { attendanceId } from '@/db/records';
import { listRecords, saveRecords } from '@/db/write';
import { groupsStore } from '@/features/workshops/data/groups';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

/** A deliberate tap takes an older instructor about two seconds: generous, to keep the estimate honest. */
const SECONDS_PER_TAP = 2;

async function sessionWith(memberCount: number) {
  const members = await saveRecords(
    getDatabase(),
    'member',
    Array.from({ length: memberCount }, (_, index) => ({
      name: `Uczestnik ${String(index + 1).padStart(2, '0')}`,
      memberNumber: `UTW-${index + 1}`,
    })),
  );
  const group = await groupsStore.save(
    { name: 'Grupa wtorkowa', term: '2026/27 semestr zimowy', instructorIds: [], moduleIds: [] },
    members.map((member) => member.id),
  );
  const [session] = await groupsStore.planSessions(
    group.id,
    { kind: 'single', date: '2026-12-01', time: '10:00' },
    'MDK',
    [],
  );
  if (!session) throw new Error('no session');
  return { members, session };
}

describe('AttendancePage', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
    act(() => staffSession.unlock());
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('marks 30 members in a handful of taps, each mark its own saved record', async () => {
    const { members, session } = await sessionWith(30);
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    let taps = 0;
    const tap = async (element: HTMLElement) => {
      taps += 1;
      await user.click(element);
    };
    expect(await screen.findByText('Bez oznaczenia: 30')).toBeInTheDocument();

    await tap(screen.getByRole('button', { name: 'Wszyscy obecni' }));
    expect(await screen.findByText('Obecni: 30')).toBeInTheDocument();
    const row = (name: string) => within(screen.getByRole('group', { name: new RegExp(name) }));
    await tap(row('Uczestnik 04').getByRole('button', { name: 'Spóźniony' }));
    await tap(row('Uczestnik 11').getByRole('button', { name: 'Usprawie\u00addliwiony' }));
    await tap(row('Uczestnik 17').getByRole('button', { name: 'Nieobecny' }));
    await tap(row('Uczestnik 23').getByRole('button', { name: 'Nieobecny' }));

    await waitFor(() => expect(screen.getByText('Obecni: 26')).toBeInTheDocument());
    expect(screen.getByText('Spóźnieni: 1')).toBeInTheDocument();
    expect(screen.getByText('Usprawiedliwieni: 1')).toBeInTheDocument();
    expect(screen.getByText('Nieobecni: 2')).toBeInTheDocument();
    expect(row('Uczestnik 04').getByRole('button', { name: 'Spóźniony' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    expect(taps).toBe(5);
    expect(taps * SECONDS_PER_TAP).toBeLessThan(120);

    const records = await listRecords(getDatabase(), 'attendance');
    expect(records).toHaveLength(30);
    for (const record of records) {
      expect(record.id).toBe(attendanceId(session.id, record.memberId));
      expect(record).toMatchObject({ sessionId: session.id, dirty: 1 });
      expect(record.updatedAt).toEqual(expect.any(String));
    }
    const absent = records.filter((record) => record.status === 'absent').map((record) => record.memberId);
    expect(absent.sort()).toEqual([members[16]?.id, members[22]?.id].sort());
  });

  it('keeps marks already made when "everyone present" comes after them', async () => {
    const { session } = await sessionWith(3);
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    const first = within(await screen.findByRole('group', { name: /Uczestnik 01/ }));
    await user.click(first.getByRole('button', { name: 'Nieobecny' }));
    await screen.findByText('Nieobecni: 1');
    await user.click(screen.getByRole('button', { name: 'Wszyscy obecni' }));
    expect(await screen.findByText('Obecni: 2')).toBeInTheDocument();
    expect(screen.getByText('Nieobecni: 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wszyscy obecni' })).toBeDisabled();
  });

  it('cancels a session without marks after asking, and offers no cancelling once marks exist', async () => {
    const { session } = await sessionWith(2);
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    await user.click(await screen.findByRole('button', { name: 'Odwołaj te zajęcia' }));
    await user.click(screen.getByRole('button', { name: 'Tak, odwołaj' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Grupa wtorkowa' })).toBeInTheDocument();
    expect(await listRecords(getDatabase(), 'session')).toEqual([]);
  });

  it('keeps the cancelling away from a session with marks', async () => {
    const { session } = await sessionWith(2);
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    await user.click(await screen.findByRole('button', { name: 'Wszyscy obecni' }));
    await screen.findByText('Obecni: 2');
    expect(screen.queryByRole('button', { name: 'Odwołaj te zajęcia' })).not.toBeInTheDocument();
  });
});
