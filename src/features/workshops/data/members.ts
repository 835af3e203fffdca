// The member roster: reading members, adding one with the consent recorded first, changing and
// archiving, and saving an imported list in one transaction. Writes go through src/db/write.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import type { MemberFields, MemberRecord } from '@/db/records';
import { getRecord, listRecords, saveRecords, updateRecord } from '@/db/write';

export type Consent = NonNullable<MemberFields['consent']>;
export type MemberDetails = { name: string; memberNumber: string; phone?: string; notes?: string };

export type MemberProblem = 'noConsent' | 'noName' | 'noNumber' | 'duplicateNumber';

/** Refused before anything is written: `problem` says why, in a code the UI words. */
export class MemberError extends Error {
  override readonly name = 'MemberError';
  constructor(readonly problem: MemberProblem) {
    super(`Member refused: ${problem}`);
  }
}

/** A member number as compared: case and spaces do not matter ("utw 12" is "UTW12"). */
export function numberKey(memberNumber: string): string {
  return memberNumber.replace(/\s+/g, '').toUpperCase();
}

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** Live members sorted by name (Polish order), archived ones included. Rejects with StorageProblem. */
export async function listMembers(db: KrokDatabase): Promise<MemberRecord[]> {
  return (await listRecords(db, 'member')).sort((a, b) => collator.compare(a.name, b.name));
}

function clean(details: MemberDetails): MemberDetails {
  const phone = details.phone?.trim();
  const notes = details.notes?.trim();
  return {
    name: details.name.trim().replace(/\s+/g, ' '),
    memberNumber: details.memberNumber.trim(),
    phone: phone ? phone : undefined,
    notes: notes ? notes : undefined,
  };
}

async function checkDetails(db: KrokDatabase, details: MemberDetails, ownId?: string): Promise<void> {
  if (details.name === '') throw new MemberError('noName');
  if (details.memberNumber === '') throw new MemberError('noNumber');
  const key = numberKey(details.memberNumber);
  const taken = (await listRecords(db, 'member')).some(
    (member) => member.id !== ownId && numberKey(member.memberNumber) === key,
  );
  if (taken) throw new MemberError('duplicateNumber');
}

/**
 * Adds a member. The consent (date and who recorded it) is required: without it nothing is stored.
 * Resolves to the stored record. Rejects with MemberError (nothing written) or StorageProblem.
 */
export async function addMember(
  db: KrokDatabase,
  details: MemberDetails,
  consent: Consent | undefined,
): Promise<MemberRecord> {
  if (!consent || consent.date === '' || consent.recordedBy.trim() === '') throw new MemberError('noConsent');
  const fields = clean(details);
  await checkDetails(db, fields);
  const [saved] = await saveRecords(db, 'member', [
    { ...fields, consent: { date: consent.date, recordedBy: consent.recordedBy.trim() } },
  ]);
  if (saved === undefined) throw new Error('The member was not saved');
  return saved;
}

/**
 * Changes a member's name, number, phone or notes (an emptied phone or note is removed).
 * Resolves to the stored record, or undefined when the member no longer exists.
 * Rejects with MemberError (nothing written) or StorageProblem.
 */
export async function changeMember(
  db: KrokDatabase,
  id: string,
  details: MemberDetails,
): Promise<MemberRecord | undefined> {
  const fields = clean(details);
  await checkDetails(db, fields, id);
  return updateRecord(db, 'member', id, fields);
}

/** Archives a member (kept for reports, left out of new groups) or brings them back. Rejects with StorageProblem. */
export function setMemberArchived(db: KrokDatabase, id: string, archived: boolean): Promise<unknown> {
  return updateRecord(db, 'member', id, { archived: archived ? true : undefined });
}

/**
 * Saves an imported list in ONE transaction: every member or, on any failure, none. Each carries the
 * consent given for the whole list; a member number already on the roster is left out. Resolves to the stored records. Rejects with StorageProblem.
 */
export async function importMembers(
  db: KrokDatabase,
  members: readonly MemberDetails[],
  consent: Consent,
): Promise<MemberRecord[]> {
  // The roster may have changed since the preview (another tab, a sync): numbers taken since are left out.
  const taken = new Set((await listRecords(db, 'member')).map((member) => numberKey(member.memberNumber)));
  return saveRecords(
    db,
    'member',
    members
      .filter((member) => !taken.has(numberKey(member.memberNumber)))
      .map((member) => ({ ...clean(member), consent })),
  );
}

/** Rows saved per transaction by a large import, so the page can show progress between them. */
export const IMPORT_BATCH_SIZE = 500;

/**
 * Saves an imported list in batches of IMPORT_BATCH_SIZE, reporting how many are saved so far; the
 * roster is read once. A batch that fails rejects (StorageProblem); the batches before it stay saved.
 */
export async function importMembersInBatches(
  db: KrokDatabase,
  members: readonly MemberDetails[],
  consent: Consent,
  onProgress: (saved: number, total: number) => void,
): Promise<number> {
  const taken = new Set((await listRecords(db, 'member')).map((member) => numberKey(member.memberNumber)));
  const fresh = members.filter((member) => !taken.has(numberKey(member.memberNumber)));
  let saved = 0;
  onProgress(0, fresh.length);
  for (let start = 0; start < fresh.length; start += IMPORT_BATCH_SIZE) {
    const batch = fresh.slice(start, start + IMPORT_BATCH_SIZE);
    await saveRecords(
      db,
      'member',
      batch.map((member) => ({ ...clean(member), consent })),
    );
    saved += batch.length;
    onProgress(saved, fresh.length);
    // Let the page paint the progress between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return saved;
}

/** Live members, sorted by name; undefined while loading. */
export function useMembers(): MemberRecord[] | undefined {
  return useLiveQuery(() => listMembers(getDatabase()), []);
}

/** One live member; null when there is none with this id; undefined while loading. */
export function useMember(id: string | undefined): MemberRecord | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await getRecord(getDatabase(), 'member', id)) ?? null) : null),
    [id],
  );
}

export const roster = {
  add: (details: MemberDetails, consent: Consent | undefined) => addMember(getDatabase(), details, consent),
  change: (id: string, details: MemberDetails) => changeMember(getDatabase(), id, details),
  setArchived: (id: string, archived: boolean) => setMemberArchived(getDatabase(), id, archived),
  import: (members: readonly MemberDetails[], consent: Consent) =>
    importMembers(getDatabase(), members, consent),
  importInBatches: (
    members: readonly MemberDetails[],
    consent: Consent,
    onProgress: (saved: number, total: number) => void,
  ) => importMembersInBatches(getDatabase(), members, consent, onProgress),
};

/** Today as an ISO date (YYYY-MM-DD) in local time: the default consent date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
