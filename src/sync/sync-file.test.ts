import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type KrokDatabase } from '@/db/database';
import { newId } from '@/db/ulid';
import { deleteRecord, getRecord, listRecords, saveRecord, updateRecord } from '@/db/write';
import { exportSyncFile, importSyncFile, parseSyncFile, SyncFileError } from '@/sync/sync-file';

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
    expect(await roundTrip(office, tablet)).toBe(2);
    await updateRecord(tablet, 'member', anna.id, { phone: '600' });
    await deleteRecord(office, 'member', jan.id);
    await roundTrip(office, tablet);
    await roundTrip(tablet, office);
    for (const db of [office, tablet]) {
      expect(await listRecords(db, 'member')).toHaveLength(1);
      expect(await getRecord(db, 'member', anna.id)).toMatchObject({ name: 'Anna', phone: '600', dirty: 1 });
    }
    // Importing the same file again changes nothing.
    expect(await roundTrip(office, tablet)).toBe(0);
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
});
