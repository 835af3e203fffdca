import { describe, expect, it } from 'vitest';
import { formatStamp, MAX_CLOCK_DRIFT_MS } from '@/db/hlc';
import { REVIVABLE_TYPES, SYNCED_TYPES } from '@/db/records';
import { isRevivable, recordProblem } from '@/sync/record-schemas';

const NOW = Date.UTC(2026, 5, 1);
const stamp = (ms: number) => formatStamp({ ms, counter: 0, node: 'dev' });
const member = (extra: Record<string, unknown> = {}) => ({
  id: 'M1',
  name: 'Anna',
  memberNumber: '7',
  updatedAt: stamp(NOW),
  updatedBy: 'ola',
  ...extra,
});

describe('record schemas (from record-spec.json, as the server checks)', () => {
  it('agree with the write path on which deletions may be revived', () => {
    expect(SYNCED_TYPES.filter(isRevivable)).toEqual(
      SYNCED_TYPES.filter((type) => REVIVABLE_TYPES.has(type)),
    );
  });

  it('accept a well-formed record and tombstone', () => {
    expect(recordProblem('member', member(), NOW)).toBeUndefined();
    expect(
      recordProblem('member', { id: 'M1', deleted: true, updatedAt: stamp(NOW), updatedBy: 'x' }, NOW),
    ).toBeUndefined();
    expect(
      recordProblem(
        'group',
        {
          id: 'G',
          name: 'W',
          term: 'T',
          instructorIds: ['Ola'],
          moduleIds: [],
          updatedAt: stamp(NOW),
          updatedBy: 'x',
        },
        NOW,
      ),
    ).toBeUndefined();
  });

  it('refuse a wrong type, an unknown field, a missing field, a tombstone with data, a huge record', () => {
    expect(recordProblem('member', member({ phone: 600 }), NOW)).toBe('shape');
    expect(recordProblem('member', member({ extra: 'x' }), NOW)).toBe('shape');
    expect(recordProblem('member', member({ name: '' }), NOW)).toBe('shape');
    expect(
      recordProblem(
        'group',
        { id: 'G', name: 'W', term: 'T', moduleIds: [], updatedAt: stamp(NOW), updatedBy: 'x' },
        NOW,
      ),
    ).toBe('shape');
    expect(recordProblem('member', { ...member(), deleted: true }, NOW)).toBe('shape');
    expect(recordProblem('member', member({ notes: 'x'.repeat(100_000) }), NOW)).toBe('tooLarge');
    expect(recordProblem('member', member({ updatedAt: 'yesterday' }), NOW)).toBe('shape');
  });

  it('refuse a stamp beyond the drift window and accept one inside it', () => {
    expect(
      recordProblem('member', member({ updatedAt: stamp(NOW + MAX_CLOCK_DRIFT_MS - 1000) }), NOW),
    ).toBeUndefined();
    expect(recordProblem('member', member({ updatedAt: stamp(NOW + 365 * 24 * 3600 * 1000) }), NOW)).toBe(
      'futureStamp',
    );
  });
});
