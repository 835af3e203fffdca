import { describe, expect, it } from 'vitest';
import { readAllDocs, readBulkResults, readChanges, readRevisions, SyncFailure } from '@/sync/couch-client';

function kind(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof SyncFailure ? error.kind : 'other';
  }
}

describe('answers are checked before they are trusted', () => {
  it('reads _changes with string or number sequences, deletions and conflicts', () => {
    const doc = { _id: 'member:1', _rev: '2-a', _conflicts: ['2-b'] };
    expect(readChanges({ results: [{ id: 'member:1', seq: 3, changes: [], doc }], last_seq: 3 })).toEqual({
      results: [{ id: 'member:1', doc }],
      lastSeq: '3',
    });
    expect(
      readChanges({
        results: [{ id: 'member:2', deleted: true, doc: { _id: 'member:2', _rev: '3-c', _deleted: true } }],
        last_seq: '12-g1AAAA',
      }),
    ).toMatchObject({ results: [{ id: 'member:2', deleted: true }], lastSeq: '12-g1AAAA' });
  });

  it.each([
    ['not an object', []],
    ['no results', { last_seq: '1' }],
    ['last_seq an object', { results: [], last_seq: { a: 1 } }],
    ['last_seq missing', { results: [] }],
    ['last_seq empty', { results: [], last_seq: '' }],
    ['last_seq a fraction', { results: [], last_seq: 1.5 }],
    ['a row without an id', { results: [{ seq: 1 }], last_seq: '1' }],
    ['a document that is text', { results: [{ id: 'a', doc: 'x' }], last_seq: '1' }],
    ['a document of another id', { results: [{ id: 'a', doc: { _id: 'b' } }], last_seq: '1' }],
    ['deleted as text', { results: [{ id: 'a', deleted: 'yes' }], last_seq: '1' }],
  ])('refuses _changes with %s as malformed', (_name, body) => {
    expect(kind(() => readChanges(body))).toBe('malformed');
  });

  it('reads _bulk_docs results and refuses the wrong shape or count', () => {
    const ok = [
      { id: 'a', ok: true, rev: '1-a' },
      { id: 'b', error: 'conflict', reason: 'Document update conflict.' },
    ];
    expect(readBulkResults(ok, 2)).toEqual(ok);
    expect(kind(() => readBulkResults(ok, 3))).toBe('malformed');
    expect(kind(() => readBulkResults({ ok: true }, 1))).toBe('malformed');
    expect(kind(() => readBulkResults([{ id: 'a', ok: true }], 1))).toBe('malformed');
    expect(kind(() => readBulkResults([{ ok: true, rev: '1-a' }], 1))).toBe('malformed');
  });

  it('reads _all_docs rows: documents, deletions as stubs, missing ones left out', () => {
    const found = readAllDocs(
      {
        rows: [
          { key: 'a', id: 'a', value: { rev: '1-a' }, doc: { _id: 'a', _rev: '1-a', x: 1 } },
          { key: 'b', id: 'b', value: { rev: '2-b', deleted: true }, doc: null },
          { key: 'c', error: 'not_found' },
        ],
      },
      ['a', 'b', 'c'],
    );
    expect(Object.fromEntries(found)).toEqual({
      a: { _id: 'a', _rev: '1-a', x: 1 },
      b: { _id: 'b', _rev: '2-b', _deleted: true },
    });
    expect(kind(() => readAllDocs({ rows: [{ key: 'z', value: { rev: '1-z' }, doc: {} }] }, ['a']))).toBe(
      'malformed',
    );
    expect(kind(() => readAllDocs({ rows: [{ key: 'a', value: { rev: '1-a' } }] }, ['a']))).toBe('malformed');
    expect(kind(() => readAllDocs({ total_rows: 1 }, ['a']))).toBe('malformed');
  });

  it('reads _bulk_get results in order and refuses another document', () => {
    const wanted = [
      { id: 'a', rev: '2-x' },
      { id: 'a', rev: '1-o' },
    ];
    const body = {
      results: [
        { id: 'a', docs: [{ ok: { _id: 'a', _rev: '2-x' } }] },
        { id: 'a', docs: [{ error: { id: 'a', rev: '1-o', error: 'not_found' } }] },
      ],
    };
    expect(readRevisions(body, wanted)).toEqual([
      { id: 'a', rev: '2-x', doc: { _id: 'a', _rev: '2-x' } },
      { id: 'a', rev: '1-o', doc: undefined },
    ]);
    expect(kind(() => readRevisions({ results: [body.results[0]] }, wanted))).toBe('malformed');
    expect(
      kind(() =>
        readRevisions({ results: [{ id: 'a', docs: [{ ok: { _id: 'a', _rev: '9-z' } }] }] }, [
          wanted[0] ?? { id: '', rev: '' },
        ]),
      ),
    ).toBe('malformed');
  });
});
