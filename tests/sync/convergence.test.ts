// @vitest-environment node
// Convergence, property-based: several simulated devices make random edits and deletions of a few
// shared records and sync (fully, push only or pull only) in random orders against the real dev server.
// Once all have synced, every device holds exactly the server's records, with nothing left to push.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deleteRecord, getRecord, saveRecord, updateRecord } from '@/db/write';
import {
  createOrganisationDatabase,
  type StartedSyncServer,
  startSyncServer,
} from '../../tools/sync-server.mjs';
import { closeDevices, type Device, deviceRecords, dirtyCount, openDevice, serverRecords } from './devices';

const DEVICES = 3;
const MEMBERS = ['M0', 'M1', 'M2'];
const NAMES = ['Anna', 'Barbara', 'Celina'];
const PHONES = ['500', '600', undefined];
const STATUSES = ['present', 'late', 'excused', 'absent'] as const;

type Command =
  | { kind: 'editMember'; device: number; id: string; name: string; phone: string | undefined }
  | { kind: 'deleteMember'; device: number; id: string }
  | { kind: 'mark'; device: number; member: string; status: (typeof STATUSES)[number] }
  | { kind: 'unmark'; device: number; member: string }
  | { kind: 'sync' | 'push' | 'pull'; device: number };

const device = fc.nat({ max: DEVICES - 1 });
const member = fc.constantFrom(...MEMBERS);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('editMember' as const),
    device,
    id: member,
    name: fc.constantFrom(...NAMES),
    phone: fc.constantFrom(...PHONES),
  }),
  fc.record({ kind: fc.constant('deleteMember' as const), device, id: member }),
  fc.record({ kind: fc.constant('mark' as const), device, member, status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('unmark' as const), device, member }),
  fc.record({ kind: fc.constantFrom('sync' as const, 'push' as const, 'pull' as const), device }),
);

let server: StartedSyncServer;
let run = 0;

beforeAll(async () => {
  server = await startSyncServer({ port: 0, db: 'convergence-0' });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  closeDevices();
});

async function apply(devices: Device[], step: Command): Promise<void> {
  const target = devices[step.device];
  if (!target) return;
  const { db, engine } = target;
  switch (step.kind) {
    case 'editMember': {
      const changes = { name: step.name, phone: step.phone };
      if (await getRecord(db, 'member', step.id)) await updateRecord(db, 'member', step.id, changes);
      // A member erased on this device is never saved again (a restore is a new record).
      else if ((await db.members.get(step.id)) === undefined) {
        await saveRecord(db, 'member', { id: step.id, memberNumber: step.id, ...changes });
      }
      return;
    }
    case 'deleteMember':
      await deleteRecord(db, 'member', step.id);
      return;
    case 'mark':
      await saveRecord(db, 'attendance', { sessionId: 'S', memberId: step.member, status: step.status });
      return;
    case 'unmark':
      await deleteRecord(db, 'attendance', `S:${step.member}`);
      return;
    case 'sync':
      await engine.sync();
      return;
    case 'push':
      await engine.push();
      return;
    case 'pull':
      await engine.pull();
      return;
  }
}

describe('sync convergence', () => {
  it('brings every device to the same records, whatever the order of edits and syncs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        run += 1;
        const db = `convergence-${run}`;
        await createOrganisationDatabase(server.url, db, server.admin, server.org);
        const devices = Array.from({ length: DEVICES }, (_, i) =>
          // Coordinators: the commands erase members, which only a coordinator may do.
          openDevice(`device${i}`, { ...server, db }, server.url, { account: 'coordinator' }),
        );
        try {
          for (const step of commands) await apply(devices, step);
          // Sync all until a whole round changes nothing (merges may stamp new versions once more).
          for (let round = 0; round < 4; round++) {
            for (const each of devices) await each.engine.sync();
          }
          const onServer = Object.fromEntries(await serverRecords({ ...server, db }));
          for (const each of devices) {
            expect(await dirtyCount(each.db)).toBe(0);
            expect(Object.fromEntries(await deviceRecords(each.db))).toEqual(onServer);
          }
        } finally {
          closeDevices();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
