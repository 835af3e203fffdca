import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { formatStamp, parseStamp } from '@/db/hlc';
import { listRefusedIncoming } from '@/db/sync-store';
import { newId } from '@/db/ulid';
import { deleteRecord, getRecord, listRecords, saveRecord, updateRecord } from '@/db/write';
import {
  exportSyncFile,
  importSyncFile,
  MAX_SYNC_FILE_BYTES,
  parseSyncFile,
  readSyncFileText,
  SyncFileError,
} from '@/sync/sync-file';

const opened: KrokDatabase[] = [];
function open(): KrokDatabase {
  const db = createDatabase(`file-${newId()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const roundTrip = async (from: KrokDatabase, to: KrokDatabase, since?: Date) =>
  importSyncFile(to, parseSyncFile(JSON.stringify(await exportSyncFile(from, since))));

function refusal(text: string): string | undefined {
  try {
    parseSyncFile(text);
    return undefined;
  } catch (error) {
    return error instanceof SyncFileError ? error.problem : 'other';
  }
}

describe('sync file', () => {
  it('carries records, edits and deletions from one device to another through the merge', async () => {
    const office = open();
    const tablet = open();
    const anna = await saveRecord(office, 'member', { name: 'Anna', memberNumber: '1' });
    const jan = await saveRecord(office, 'member', { name: 'Jan', memberNumber: '2' });
    expect(await roundTrip(office, tablet)).toEqual({ stored: 2, refused: 0 });
    await updateRecord(tablet, 'member', anna.id, { phone: '600' });
    await deleteRecord(office, 'member', jan.id);
    await roundTrip(office, tablet);
    await roundTrip(tablet, office);
    for (const db of [office, tablet]) {
      expect(await listRecords(db, 'member')).toHaveLength(1);
      expect(await getRecord(db, 'member', anna.id)).toMatchObject({ name: 'Anna', phone: '600', dirty: 1 });
    }
    // Importing the same file again changes nothing.
    expect(await roundTrip(office, tablet)).toEqual({ stored: 0, refused: 0 });
  });

  it('exports only the changes since a date when asked', async () => {
    const office = open();
    await saveRecord(office, 'member', { name: 'Anna', memberNumber: '1' });
    const later = new Date(Date.now() + 60_000);
    expect((await exportSyncFile(office, later)).records).toEqual([]);
    expect((await exportSyncFile(office, new Date(0))).records).toHaveLength(1);
  });

  it('refuses a damaged or foreign file and changes nothing', async () => {
    const office = open();
    const tablet = open();
    await saveRecord(office, 'member', { name: 'Anna', memberNumber: '1' });
    const file = await exportSyncFile(office);
    const text = JSON.stringify(file);
    expect(refusal(text.slice(0, text.length / 2))).toBe('notJson');
    expect(refusal(JSON.stringify({ exportedAt: 'x', records: [] }))).toBe('foreign');
    expect(refusal(JSON.stringify({ ...file, version: 99 }))).toBe('newerVersion');
    const bad = {
      ...file,
      records: [...file.records, { type: 'member', id: 'X', updatedAt: 'soon', updatedBy: 'd' }],
    };
    expect(refusal(JSON.stringify(bad))).toBe('damaged');
    const nameless = { ...file, records: [{ ...file.records[0], name: undefined }] };
    expect(refusal(JSON.stringify(nameless))).toBe('damaged');
    expect(await listRecords(tablet, 'member')).toEqual([]);
  });

  it('refuses a record that would bring an erased member back, lists it, and imports the rest', async () => {
    const office = open();
    const tablet = open();
    const anna = await saveRecord(office, 'member', {
      name: 'Anna Kowalska',
      memberNumber: '1',
      phone: '600',
    });
    const old = await exportSyncFile(office);
    await roundTrip(office, tablet);
    await deleteRecord(tablet, 'member', anna.id);
    const jan = await saveRecord(office, 'member', { name: 'Jan', memberNumber: '2' });
    const file = await exportSyncFile(office);
    expect(file.records).toHaveLength(2);
    // The old file, and a new one with Anna edited later than the erasure: neither brings her back.
    await updateRecord(office, 'member', anna.id, { phone: '700' });
    for (const text of [old, await exportSyncFile(office)].map((each) => JSON.stringify(each))) {
      const result = await importSyncFile(tablet, parseSyncFile(text));
      expect(result.refused).toBe(1);
    }
    expect(await getRecord(tablet, 'member', jan.id)).toMatchObject({ name: 'Jan' });
    const stored = await tablet.members.get(anna.id);
    expect(stored).toMatchObject({ deleted: true });
    expect(JSON.stringify(stored)).not.toMatch(/Anna|600|700/);
    expect(await listRefusedIncoming(tablet)).toEqual([
      expect.objectContaining({ type: 'member', id: anna.id, problem: 'revival', source: 'file' }),
    ]);
  });

  it('refuses records that fail their schema or come from a year ahead, one by one', async () => {
    const office = open();
    const tablet = open();
    await saveRecord(office, 'member', { name: 'Anna', memberNumber: '1' });
    const file = await exportSyncFile(office);
    const [good] = file.records;
    if (!good) throw new Error('no record');
    const yearAhead = formatStamp({ ms: Date.now() + 365 * 24 * 3600 * 1000, counter: 0, node: 'x' });
    const records = [
      good,
      { ...good, id: 'B', phone: 600100200 },
      { ...good, id: 'C', updatedAt: yearAhead },
      { ...good, id: 'D', notes: 'x'.repeat(100_000) },
    ];
    const result = await importSyncFile(tablet, parseSyncFile(JSON.stringify({ ...file, records })));
    expect(result).toEqual({ stored: 1, refused: 3 });
    expect((await listRecords(tablet, 'member')).map((member) => member.id)).toEqual([good.id]);
    const problems = Object.fromEntries(
      (await listRefusedIncoming(tablet)).map((entry) => [entry.id, entry.problem]),
    );
    expect(problems).toEqual({ B: 'shape', C: 'futureStamp', D: 'tooLarge' });
    // Every later save still gets a stamp of today.
    const saved = await saveRecord(tablet, 'member', { name: 'Ola', memberNumber: '9' });
    expect(parseStamp(saved.updatedAt).ms).toBeLessThan(Date.now() + 60_000);
  });

  it('checks a file’s size before reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_SYNC_FILE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    } as unknown as Blob;
    await expect(readSyncFileText(huge)).rejects.toMatchObject({ problem: 'tooLarge' });
    expect(read).toBe(false);
    expect(await readSyncFileText(new Blob(['{"a":1}']))).toBe('{"a":1}');
  });
});
