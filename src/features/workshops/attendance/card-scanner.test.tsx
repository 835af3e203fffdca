import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODULES } from '@/content/catalogue';
import { getDatabase } from '@/db/database';
import { listRecords, saveRecords } from '@/db/write';
import { groupsStore } from '@/features/workshops/data/groups';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

const frames = vi.hoisted(() => ({ next: undefined as string | undefined }));
vi.mock('@/features/workshops/attendance/scan-frames', () => ({
  SCANS_PER_SECOND: 20,
  scanFrame: () => {
    const text = frames.next;
    frames.next = undefined;
    return text;
  },
}));

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
    { name: 'Grupa', term: '', instructorIds: [], moduleIds: [] },
    members.map((member) => member.id),
  );
  const [session] = await groupsStore.planSessions(
    group.id,
    { kind: 'single', date: '2026-12-01', time: '10:00' },
    '',
    [],
  );
  if (!session) throw new Error('no session');
  return { members, session };
}

describe('CardScanner', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
    act(() => staffSession.unlock());
    const stream = { getTracks: () => [] } as unknown as MediaStream;
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: vi.fn().mockResolvedValue(stream) },
    });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('marks the member of a scanned card present, and marks nothing for other codes', async () => {
    const { members, session } = await sessionWith(3);
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    await user.click(await screen.findByRole('button', { name: 'Skanuj karty' }));
    await screen.findByLabelText('Obraz z aparatu');

    frames.next = 'KPK1:M:UTW-2';
    expect(await screen.findByText('✓ Uczestnik 02 — obecna/obecny.')).toBeInTheDocument();
    expect(await screen.findByText('Obecni: 1')).toBeInTheDocument();
    const [mark] = await listRecords(getDatabase(), 'attendance');
    expect(mark).toMatchObject({ id: `${session.id}:${members[1]?.id}`, status: 'present' });

    frames.next = 'https://example.org/not-a-card';
    expect(await screen.findByText(/Tego kodu nie rozpoznaję/)).toBeInTheDocument();
    frames.next = 'KPK1:M:UTW-999';
    expect(await screen.findByText(/Karta nr UTW-999: tej osoby nie ma w tej grupie/)).toBeInTheDocument();
    expect(await listRecords(getDatabase(), 'attendance')).toHaveLength(1);
  });

  it('records the finished lessons of a progress card for the member chosen', async () => {
    const { members, session } = await sessionWith(2);
    const lessons = MODULES.flatMap((module) => module.lessons).filter((lesson) => lesson.steps.length > 0);
    const [first, second] = lessons;
    const { user } = await renderApp({ path: `/staff/sessions/${session.id}` });
    await user.click(await screen.findByRole('button', { name: 'Skanuj karty' }));
    await screen.findByLabelText('Obraz z aparatu');
    frames.next = 'KPK1:M:UTW-1';
    await screen.findByText('✓ Uczestnik 01 — obecna/obecny.');
    frames.next = `KPK1:P:${first?.id},${second?.id}`;
    expect(await screen.findByText('Karta postępów: 2 ukończone lekcje.')).toBeInTheDocument();
    // The member whose card was scanned just before is suggested.
    expect(screen.getByLabelText('Czyje to postępy?')).toHaveValue(members[0]?.id);
    await user.click(screen.getByRole('button', { name: 'Zapisz postępy' }));
    expect(await screen.findByText('✓ Zapisano postępy: Uczestnik 01, 2 lekcje.')).toBeInTheDocument();
    await waitFor(async () => expect(await listRecords(getDatabase(), 'progress')).toHaveLength(2));
    const progress = await listRecords(getDatabase(), 'progress');
    expect(progress.every((record) => record.owner === members[0]?.id && record.completedAt)).toBe(true);
  });
});
