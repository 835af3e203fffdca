// @vitest-environment node
// The fault suite: devices sync with the real dev server through a fault-injecting proxy. After each
// fault every acknowledged write is on the server and on every device, and nothing is duplicated.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listQuarantine, readSyncState } from '@/db/sync-store';
import { saveRecord, saveRecords, updateRecord } from '@/db/write';
import type { SyncFailure, SyncFailureKind } from '@/sync/couch-client';
import { createSyncEngine, syncKeys } from '@/sync/engine';
import {
  createOrganisationDatabase,
  type StartedSyncServer,
  startSyncServer,
} from '../../tools/sync-server.mjs';
import { closeDevices, type Device, dirtyCount, expectConverged, openDevice, serverRecords } from './devices';
import { type FaultProxy, startFaultProxy } from './fault-proxy';

let server: StartedSyncServer;
let proxy: FaultProxy;
let database = 0;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'faults-0' });
  proxy = await startFaultProxy(server.url);
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});
beforeEach(async () => {
  // A fresh database per test, so that one test's records never meet another's.
  database += 1;
  server = { ...server, db: `faults-${database}` };
  await createOrganisationDatabase(server.url, server.db, server.admin);
});
afterEach(() => {
  proxy.clear();
  closeDevices();
});

/** Two devices through the proxy, each with records of its own; resolves to their document ids. */
async function twoDevicesWithWork() {
  const tablet = openDevice('tablet', server, proxy.url, { batchSize: 5 });
  const laptop = openDevice('laptop', server, proxy.url, { batchSize: 5 });
  const marks = await saveRecords(
    tablet.db,
    'attendance',
    Array.from({ length: 12 }, (_, i) => ({
      sessionId: 'S1',
      memberId: `M${i}`,
      status: 'present' as const,
    })),
  );
  const member = await saveRecord(laptop.db, 'member', { name: 'Zofia Lis', memberNumber: 'F-1' });
  const ids = [...marks.map((mark) => `attendance:${mark.id}`), `member:${member.id}`];
  return { tablet, laptop, ids };
}

const ENDPOINTS: [string, string, RegExp][] = [
  ['database info', 'GET', /^\/faults-\d+$/],
  ['_local marker', 'GET', /\/_local\//],
  ['_changes', 'GET', /\/_changes/],
  ['_bulk_docs', 'POST', /\/_bulk_docs/],
];

describe('sync under server faults', () => {
  for (const [endpoint, method, path] of ENDPOINTS) {
    for (const kind of ['500', '503', 'drop'] as const) {
      it(`retries after ${kind === 'drop' ? 'a dropped connection' : `a ${kind}`} on ${endpoint}`, async () => {
        const { tablet, laptop, ids } = await twoDevicesWithWork();
        proxy.add(
          kind === 'drop'
            ? { method, path, kind: 'drop', times: 2 }
            : { method, path, kind: 'status', status: Number(kind), times: 2 },
        );
        await tablet.engine.sync();
        expect(proxy.log.some((entry) => entry.handled === (kind === 'drop' ? 'drop' : kind))).toBe(true);
        await expectConverged(server, [tablet, laptop], ids);
      });
    }
  }

  it('retries after a 503 on _all_docs while resolving a conflict', async () => {
    const { tablet, laptop } = await twoDevicesWithWork();
    await expectConverged(server, [tablet, laptop]);
    const [record] = await tablet.db.attendance.toArray();
    if (!record) throw new Error('no record');
    await updateRecord(tablet.db, 'attendance', record.id, { status: 'late' });
    await updateRecord(laptop.db, 'attendance', record.id, { status: 'excused' });
    await tablet.engine.push();
    proxy.add({ method: 'POST', path: /\/_all_docs/, kind: 'status', status: 503 });
    await laptop.engine.sync().catch(() => undefined);
    await laptop.engine.sync();
    const records = await expectConverged(server, [tablet, laptop]);
    expect(records.get(`attendance:${record.id}`)?.status).toBe('excused');
  });

  it('keeps a push whose answer was lost after the server committed it, without a duplicate', async () => {
    const { tablet, laptop, ids } = await twoDevicesWithWork();
    proxy.add({ method: 'POST', path: /\/_bulk_docs/, kind: 'dropAfterForward' });
    await tablet.engine.sync();
    expect(proxy.log.some((entry) => entry.handled === 'dropAfterForward')).toBe(true);
    const records = await expectConverged(server, [tablet, laptop], ids);
    expect(records.size).toBe(ids.length);
    const revs = (await tablet.db.attendance.toArray()).map((record) => record.rev);
    // Each record was written once: the retried push was answered 409 and found the same content.
    expect(revs.every((rev) => rev?.startsWith('1-'))).toBe(true);
  });

  it('pushes the good records of a 201 with mixed per-record errors and quarantines the rest', async () => {
    const tablet = openDevice('tablet', server, proxy.url);
    const laptop = openDevice('laptop', server, proxy.url);
    const member = await saveRecord(tablet.db, 'member', { name: 'Jan Kot', memberNumber: 'F-2' });
    await tablet.engine.sync();
    await laptop.engine.sync();
    await updateRecord(laptop.db, 'member', member.id, { phone: '501 000 000' });
    await laptop.engine.push();
    // One batch: a conflict (stale base rev), a refused record and an accepted one.
    await updateRecord(tablet.db, 'member', member.id, { notes: 'Przyniesie zdjęcie' });
    await saveRecord(tablet.db, 'attendance', { sessionId: 'S2', memberId: member.id, status: 'present' });
    await saveRecord(tablet.db, 'attendance', {
      sessionId: 'S2',
      memberId: 'M-x',
      status: 'gone' as 'present',
    });
    const { pushed, refused } = await tablet.engine.push();
    expect({ pushed, refused }).toEqual({ pushed: 2, refused: 1 });
    expect(proxy.log.filter((entry) => entry.path.includes('_all_docs'))).toHaveLength(1);
    const quarantined = await listQuarantine(tablet.db);
    expect(quarantined.map((entry) => entry.reason)).toEqual(['Unknown attendance status: gone']);
    // The refused record stays on the tablet (never lost), and the rest converges.
    await tablet.engine.sync();
    await laptop.engine.sync();
    const onServer = await serverRecords(server);
    expect(onServer.get(`member:${member.id}`)).toMatchObject({
      phone: '501 000 000',
      notes: 'Przyniesie zdjęcie',
    });
    expect(await dirtyCount(tablet.db)).toBe(1);
  });

  it('merges a 409 from two devices editing the same record offline', async () => {
    const { tablet, laptop } = await twoDevicesWithWork();
    await expectConverged(server, [tablet, laptop]);
    const [mark] = await laptop.db.attendance.toArray();
    if (!mark) throw new Error('no record');
    await updateRecord(tablet.db, 'attendance', mark.id, { status: 'late' });
    await updateRecord(laptop.db, 'attendance', mark.id, { status: 'absent' });
    await tablet.engine.push();
    await laptop.engine.push();
    expect(proxy.log.some((entry) => entry.path.includes('_all_docs'))).toBe(true);
    const records = await expectConverged(server, [tablet, laptop]);
    expect(records.get(`attendance:${mark.id}`)?.status).toBe('absent');
  });

  it('stops with "unauthorized" when the session expires mid-sync and loses nothing', async () => {
    const { tablet, laptop, ids } = await twoDevicesWithWork();
    proxy.add({ method: 'POST', path: /\/_bulk_docs/, kind: 'status', status: 401 });
    const failure = await tablet.engine.sync().catch((error: unknown) => error);
    expect((failure as SyncFailure).kind).toBe('unauthorized');
    expect(await dirtyCount(tablet.db)).toBe(12);
    await expectConverged(server, [tablet, laptop], ids);
  });

  it('quarantines a record refused by validation (403) with the reason', async () => {
    const tablet = openDevice('tablet', server, proxy.url);
    await saveRecord(tablet.db, 'session', { groupId: '', startsAt: '2026-01-01T10:00', lessonIds: [] });
    const report = await tablet.engine.sync();
    expect(report.refused).toBe(1);
    const [entry] = await listQuarantine(tablet.db);
    expect(entry).toMatchObject({ error: 'forbidden', reason: 'A session record needs groupId.' });
  });

  it('splits a batch the server finds too large (413), and quarantines a single record that is', async () => {
    const { tablet, laptop, ids } = await twoDevicesWithWork();
    const huge = await saveRecord(tablet.db, 'member', {
      name: 'Duży',
      memberNumber: 'F-3',
      notes: 'x'.repeat(5000),
    });
    proxy.maxRequestBytes = 2500;
    await tablet.engine.sync();
    expect(proxy.log.filter((entry) => entry.handled === '413').length).toBeGreaterThan(1);
    const [entry] = await listQuarantine(tablet.db);
    expect(entry).toMatchObject({ id: huge.id, error: 'too_large' });
    proxy.maxRequestBytes = Number.POSITIVE_INFINITY;
    await updateRecord(tablet.db, 'member', huge.id, { notes: 'krótko' });
    await expectConverged(server, [tablet, laptop], [...ids, `member:${huge.id}`]);
  });

  it('ignores replayed and out-of-order changes (never steps back to an older revision)', async () => {
    const { tablet, laptop } = await twoDevicesWithWork();
    await expectConverged(server, [tablet, laptop]);
    let firstAnswer: unknown;
    proxy.add({
      method: 'GET',
      path: /\/_changes/,
      kind: 'rewrite',
      rewrite: (body) => (firstAnswer = body),
    });
    const fresh = openDevice('phone', server, proxy.url, { batchSize: 100 });
    await fresh.engine.pull();
    const [mark] = await tablet.db.attendance.toArray();
    if (!mark) throw new Error('no record');
    await updateRecord(tablet.db, 'attendance', mark.id, { status: 'late' });
    await tablet.engine.sync();
    await fresh.engine.pull();
    // The old answer again, its rows reversed: older revisions in another order.
    proxy.add({
      method: 'GET',
      path: /\/_changes/,
      kind: 'rewrite',
      rewrite: () => {
        const old = firstAnswer as { results: unknown[]; last_seq: unknown };
        return { ...old, results: [...old.results].reverse(), last_seq: old.last_seq };
      },
    });
    await fresh.engine.pull();
    expect((await fresh.db.attendance.get(mark.id))?.status).toBe('late');
    await expectConverged(server, [tablet, laptop, fresh]);
  });

  it('works with opaque string checkpoints as CouchDB 3 sends them', async () => {
    proxy.opaqueSeqs = true;
    const { tablet, laptop, ids } = await twoDevicesWithWork();
    await expectConverged(server, [tablet, laptop], ids);
    const requests = proxy.log.filter((entry) => entry.path.includes('_changes'));
    expect(requests.some((entry) => /since=\d+(&|$)/.test(entry.path))).toBe(true);
  });

  it('pushes everything again when the server database was recreated', async () => {
    const { tablet, laptop, ids } = await twoDevicesWithWork();
    await expectConverged(server, [tablet, laptop], ids);
    const admin = { Authorization: `Basic ${Buffer.from(server.admin).toString('base64')}` };
    await fetch(`${server.url}/${server.db}`, { method: 'DELETE', headers: admin });
    await createOrganisationDatabase(server.url, server.db, server.admin);
    expect((await serverRecords(server)).size).toBe(0);
    const report = await tablet.engine.sync();
    expect(report.serverReset).toBe(true);
    const records = await expectConverged(server, [tablet, laptop], ids);
    expect(records.size).toBe(ids.length);
  });
});

describe('answers of the wrong shape', () => {
  const checkpointKey = () => syncKeys({ url: proxy.url, database: server.db }).checkpoint;

  it('backs off from a _changes answer of the wrong shape: ≤ 10 requests in the first minute, no checkpoint from it, nothing lost', async () => {
    const writer = openDevice('writer', server);
    let clock = 0;
    const failures: SyncFailureKind[] = [];
    let firstMinute: number | undefined;
    let logStart = 0;
    const checkpoints = new Set<unknown>();
    let tablet: Device | undefined;
    tablet = openDevice('tablet', server, proxy.url, {
      retry: {
        // Worst case for the server: the shortest waits the jitter allows.
        random: () => 0,
        onRetry: (error) => failures.push((error as SyncFailure).kind),
        wait: async (ms) => {
          if (tablet) checkpoints.add(await readSyncState(tablet.db, checkpointKey()));
          if (clock < 60_000 && clock + ms >= 60_000) {
            firstMinute = proxy.log.length - logStart;
            proxy.clear(); // the server recovers after a minute
          }
          clock += ms;
        },
      },
    });
    await saveRecord(writer.db, 'member', { name: 'Ewa Lis', memberNumber: 'W-1' });
    await writer.engine.sync();
    await tablet.engine.sync();
    const before = await readSyncState(tablet.db, checkpointKey());
    expect(typeof before).toBe('string');

    // New work on both sides while the answers are wrong: last_seq an object (it used to be stored).
    const theirs = await saveRecord(writer.db, 'member', { name: 'Jan Wrona', memberNumber: 'W-2' });
    await writer.engine.sync();
    const mine = await saveRecord(tablet.db, 'member', { name: 'Ola Sowa', memberNumber: 'W-3' });
    proxy.add({
      method: 'GET',
      path: /\/_changes/,
      kind: 'rewrite',
      times: Number.POSITIVE_INFINITY,
      rewrite: (body) => ({ ...(body as object), last_seq: { broken: true } }),
    });
    logStart = proxy.log.length;
    const report = await tablet.engine.sync();

    expect(firstMinute, 'requests in the first minute').toBeDefined();
    expect(firstMinute).toBeLessThanOrEqual(10);
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(new Set(failures)).toEqual(new Set(['malformed']));
    expect([...checkpoints]).toEqual([before]);
    expect(report.pulled).toBe(1);
    expect(report.pushed).toBe(1);
    const after = await readSyncState(tablet.db, checkpointKey());
    expect(after).toMatch(/^\d+$/);
    expect(after).not.toBe(before);
    await expectConverged(server, [writer, tablet], [`member:${theirs.id}`, `member:${mine.id}`]);
  });

  const shapes: { name: string; path: RegExp; method: string; rewrite: (body: unknown) => unknown }[] = [
    {
      name: '_changes without results',
      method: 'GET',
      path: /\/_changes/,
      rewrite: () => ({ last_seq: '9' }),
    },
    {
      name: '_changes with a row without an id',
      method: 'GET',
      path: /\/_changes/,
      rewrite: (body) => ({ ...(body as object), results: [{ seq: 1, changes: [] }] }),
    },
    {
      name: '_changes with a document that is a string',
      method: 'GET',
      path: /\/_changes/,
      rewrite: (body) => {
        const { results, ...rest } = body as { results: { id: string }[] };
        return { ...rest, results: results.map((row) => ({ ...row, doc: 'x' })) };
      },
    },
    {
      name: '_bulk_docs that is not a list',
      method: 'POST',
      path: /\/_bulk_docs/,
      rewrite: () => ({ ok: true }),
    },
    {
      name: '_bulk_docs with too few results',
      method: 'POST',
      path: /\/_bulk_docs/,
      rewrite: (body) => (body as unknown[]).slice(1),
    },
    {
      name: '_all_docs with rows for other documents',
      method: 'POST',
      path: /\/_all_docs/,
      rewrite: () => ({ rows: [{ key: 'member:someone-else', value: { rev: '1-a' }, doc: {} }] }),
    },
  ];

  for (const shape of shapes) {
    it(`refuses ${shape.name}, stores nothing of it, and converges once the answers are right`, async () => {
      const { tablet, laptop, ids } = await twoDevicesWithWork();
      await expectConverged(server, [tablet, laptop], ids);
      // A conflict, so that the push needs _all_docs as well.
      const [member] = await tablet.db.members.toArray();
      if (!member) throw new Error('no member');
      await updateRecord(tablet.db, 'member', member.id, { notes: 'z tabletu' });
      await updateRecord(laptop.db, 'member', member.id, { phone: '500 500 500' });
      await laptop.engine.sync();
      const before = await readSyncState(tablet.db, checkpointKey());
      proxy.add({
        method: shape.method,
        path: shape.path,
        kind: 'rewrite',
        times: 3,
        rewrite: shape.rewrite,
      });
      const failures: unknown[] = [];
      const engine = createSyncEngine({
        db: tablet.db,
        settings: { url: proxy.url, database: server.db, user: server.user, password: server.password },
        batchSize: 5,
        retry: { wait: async () => undefined, maxAttempts: 10, onRetry: (error) => failures.push(error) },
      });
      if (shape.path.test('/_all_docs')) {
        // Pushing without pulling first meets the laptop's revision (409), read through _all_docs.
        await expect(engine.push()).rejects.toMatchObject({ kind: 'malformed' });
        expect(await dirtyCount(tablet.db)).toBeGreaterThan(0);
      }
      await engine.sync();
      expect(failures.length + (shape.path.test('/_all_docs') ? 1 : 0)).toBeGreaterThanOrEqual(1);
      expect(failures.every((error) => (error as SyncFailure).kind === 'malformed')).toBe(true);
      expect(before).toMatch(/^\d+$/);
      expect(await readSyncState(tablet.db, checkpointKey())).toMatch(/^\d+$/);
      const records = await expectConverged(server, [tablet, laptop], ids);
      expect(records.get(`member:${member.id}`)).toMatchObject({ notes: 'z tabletu', phone: '500 500 500' });
    });
  }
});
