import { describe, expect, it } from 'vitest';
import { createClock, formatStamp } from '@/db/hlc';
import type { RecordFields } from '@/db/sync-store';
import { decideMerge, mergeFields } from '@/sync/merge';

const stamp = (ms: number, node: string) => formatStamp({ ms, counter: 0, node });
const member = (fields: Record<string, unknown>, ms: number, node: string): RecordFields => ({
  id: 'M1',
  name: 'Anna',
  memberNumber: '1',
  ...fields,
  updatedAt: stamp(ms, node),
  updatedBy: node,
});

describe('mergeFields', () => {
  const base = member({}, 1, 'base');

  it('keeps fields the app does not know, changed on either side, and never drops one nobody deleted', () => {
    const local = member({ notes: 'okulary', office: { checked: true } }, 2, 'a');
    const remote = member({ phone: '5', office: { checked: true }, source: 'biuro' }, 3, 'b');
    const withBase = member({ office: { checked: false } }, 1, 'base');
    expect(mergeFields('member', withBase, local, remote)).toEqual({
      name: 'Anna',
      memberNumber: '1',
      notes: 'okulary',
      phone: '5',
      office: { checked: true },
      source: 'biuro',
    });
    // Without a common base, a field only one side has is not a deletion by the other.
    expect(mergeFields('member', undefined, local, remote)).toEqual({
      name: 'Anna',
      memberNumber: '1',
      notes: 'okulary',
      phone: '5',
      office: { checked: true },
      source: 'biuro',
    });
    // With a base, a field one side removed is removed.
    const removed = member({}, 4, 'b');
    expect(
      mergeFields('member', member({ phone: '5' }, 1, 'base'), member({ phone: '5' }, 2, 'a'), removed),
    ).toEqual({
      name: 'Anna',
      memberNumber: '1',
    });
  });

  it('makes a server deletion a clean tombstone without personal fields, even over local edits', () => {
    const clock = createClock('dev', () => 10);
    const stored = { ...member({ phone: '5', notes: 'x' }, 2, 'a'), rev: '2-a' };
    const decision = decideMerge(
      { type: 'member', fields: { id: 'M1', updatedAt: '', updatedBy: '' }, rev: '3-d', serverDeleted: true },
      stored,
      true,
      undefined,
      clock,
    );
    expect(decision).toMatchObject({ action: 'store', dirty: 0 });
    const fields = decision.action === 'store' ? decision.fields : undefined;
    expect(Object.keys(fields ?? {}).sort()).toEqual(['deleted', 'id', 'updatedAt', 'updatedBy']);
    const mark = {
      id: 'S1:M1',
      sessionId: 'S1',
      memberId: 'M1',
      status: 'present',
      updatedAt: stamp(2, 'a'),
      updatedBy: 'a',
      rev: '1-a',
    };
    const markDecision = decideMerge(
      {
        type: 'attendance',
        fields: { id: 'S1:M1', updatedAt: '', updatedBy: '' },
        rev: '2-d',
        serverDeleted: true,
      },
      mark,
      false,
      undefined,
      clock,
    );
    expect(markDecision).toMatchObject({
      action: 'store',
      dirty: 0,
      fields: { sessionId: 'S1', memberId: 'M1', deleted: true },
    });
    expect(markDecision.action === 'store' && 'status' in markDecision.fields).toBe(false);
    // The same deletion again, or an older one, changes nothing.
    expect(
      decideMerge(
        {
          type: 'member',
          fields: { id: 'M1', updatedAt: '', updatedBy: '' },
          rev: '3-d',
          serverDeleted: true,
        },
        { ...(fields as RecordFields), rev: '3-d' },
        false,
        undefined,
        clock,
      ),
    ).toEqual({ action: 'skip' });
    expect(
      decideMerge(
        {
          type: 'member',
          fields: { id: 'M1', updatedAt: '', updatedBy: '' },
          rev: '1-d',
          serverDeleted: true,
        },
        stored,
        true,
        undefined,
        clock,
      ),
    ).toEqual({ action: 'skip' });
  });

  it('keeps each side’s change of a different field', () => {
    const merged = mergeFields(
      'member',
      base,
      member({ name: 'Ania' }, 2, 'a'),
      member({ phone: '5' }, 3, 'b'),
    );
    expect(merged).toEqual({ name: 'Ania', memberNumber: '1', phone: '5' });
  });

  it('gives a field changed on both sides to the later stamp, whichever side is local', () => {
    const early = member({ name: 'Early' }, 2, 'a');
    const late = member({ name: 'Late' }, 3, 'b');
    expect(mergeFields('member', base, early, late).name).toBe('Late');
    expect(mergeFields('member', base, late, early).name).toBe('Late');
  });

  it('breaks a tie of equal times by device id', () => {
    const fromA = member({ name: 'A' }, 2, 'a');
    const fromB = member({ name: 'B' }, 2, 'b');
    expect(mergeFields('member', base, fromA, fromB).name).toBe('B');
    expect(mergeFields('member', base, fromB, fromA).name).toBe('B');
  });

  it('reduces a merged deletion to a tombstone without personal fields', () => {
    const deleted: RecordFields = { id: 'M1', deleted: true, updatedAt: stamp(2, 'a'), updatedBy: 'a' };
    const edited = member({ phone: '7' }, 3, 'b');
    expect(mergeFields('member', base, deleted, edited)).toEqual({ deleted: true });
  });
});

describe('decideMerge', () => {
  const clock = createClock('local', () => 10);

  it('skips a replayed older revision', () => {
    const stored = { ...member({}, 2, 'a'), rev: '3-x' };
    const decision = decideMerge(
      { type: 'member', fields: member({}, 1, 'b'), rev: '2-y' },
      stored,
      false,
      undefined,
      clock,
    );
    expect(decision).toEqual({ action: 'skip' });
  });

  it('replaces a clean copy with a newer server revision', () => {
    const stored = { ...member({}, 2, 'a'), rev: '1-x' };
    const incoming = member({ name: 'New' }, 3, 'b');
    expect(
      decideMerge({ type: 'member', fields: incoming, rev: '2-y' }, stored, false, undefined, clock),
    ).toEqual({
      action: 'store',
      fields: incoming,
      dirty: 0,
    });
  });

  it('stamps a merge that differs from both sides as a new local change', () => {
    const base = { ...member({}, 1, 'base'), rev: '1-x' };
    const stored = { ...member({ name: 'Local' }, 2, 'a'), rev: '1-x' };
    const decision = decideMerge(
      { type: 'member', fields: member({ phone: '9' }, 3, 'b'), rev: '2-y' },
      stored,
      true,
      base,
      clock,
    );
    expect(decision).toMatchObject({ action: 'store', dirty: 1, fields: { name: 'Local', phone: '9' } });
    if (decision.action === 'store') expect(decision.fields.updatedBy).toBe('local');
  });

  it('marks a newer record from a file dirty and skips an older one', () => {
    const stored = { ...member({}, 5, 'a'), rev: '1-x' };
    const newer = decideMerge(
      { type: 'member', fields: member({ name: 'F' }, 6, 'b') },
      stored,
      false,
      undefined,
      clock,
    );
    expect(newer).toMatchObject({ action: 'store', dirty: 1, fields: { name: 'F', rev: '1-x' } });
    const older = decideMerge(
      { type: 'member', fields: member({ name: 'Old' }, 4, 'b') },
      stored,
      false,
      undefined,
      clock,
    );
    expect(older).toEqual({ action: 'skip' });
  });
});
