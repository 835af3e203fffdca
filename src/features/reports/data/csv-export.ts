// CSV files that Polish Excel opens as they are: UTF-8 with a byte-order mark (else Excel reads
// Windows-1250), semicolons (the comma is the Polish decimal separator), every field in quotes, CRLF line
// ends, dates as dd.mm.rrrr and decimals with a comma. Pure: the screens pass the words and download.
import type { AttendanceStatus } from '@/db/records';
import { isLive } from '@/db/records';
import type {
  GroupMatrix,
  MemberSummary,
  ReportData,
  Tally,
} from '@/features/reports/data/attendance-report';
import { ratePercent } from '@/features/reports/data/attendance-report';

const BOM = '\uFEFF';

/**
 * One field, quoted, inner quotes doubled. A field that Excel would run as a formula (= + - @ at the
 * start, or a tab/CR) gets a leading apostrophe, so a crafted name cannot run anything (CSV injection).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: BOM, quoted fields joined by semicolons, CRLF after every row. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** dd.mm.rrrr in local time, as Polish Excel reads a date. */
export function polishDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** A number with a decimal comma (87,5); '' for null. */
export function polishNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** A rate in percent with a decimal comma, '' when there is no rate. */
export function polishRate(tally: Tally): string {
  return polishNumber(ratePercent(tally.rate));
}

/** ASCII, lower-case, hyphenated: "Cyfrowy senior — grupa wtorkowa" → "cyfrowy-senior-grupa-wtorkowa". */
export function slug(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A file name that says what and when: `frekwencja-cyfrowy-senior-2026-11-29.csv`. */
export function exportFileName(what: string, subject: string | undefined, now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${[slug(what), subject ? slug(subject) : '', day].filter(Boolean).join('-')}.csv`;
}

export type CsvWords = {
  name: string;
  number: string;
  rate: string;
  attended: string;
  counted: string;
  unmarked: string;
  archived: string;
  yes: string;
  status: Record<AttendanceStatus, string>;
  /** A member's label when names are hidden: "Osoba 1". */
  anonymous: (position: number) => string;
};

type Named = { member: { name: string; memberNumber: string; archived: boolean } };

function who(row: Named, position: number, words: CsvWords, hideNames: boolean): string[] {
  return hideNames ? [words.anonymous(position + 1), ''] : [row.member.name, row.member.memberNumber];
}

/** The member × session matrix: one row per member, a column per held session (its date), totals. */
export function matrixCsv(matrix: GroupMatrix, words: CsvWords, hideNames: boolean): string {
  const header = [
    words.name,
    words.number,
    ...matrix.sessions.map((session) => polishDate(session.startsAt)),
    words.attended,
    words.counted,
    words.unmarked,
    words.rate,
    words.archived,
  ];
  const rows = matrix.rows.map((row, position) => [
    ...who(row, position, words, hideNames),
    ...row.statuses.map((status) => (status ? words.status[status] : '')),
    row.tally.attended,
    row.tally.counted,
    row.tally.unmarked,
    polishRate(row.tally),
    row.member.archived ? words.yes : '',
  ]);
  return toCsv([header, ...rows]);
}

export type GroupSummaryWords = {
  group: string;
  term: string;
  instructors: string;
  members: string;
  held: string;
  planned: string;
  attended: string;
  counted: string;
  rate: string;
  eligible: string;
};

/** One row per group: its term, instructors, members, sessions, marks, rate and certificates. */
export function groupSummaryCsv(
  matrices: readonly GroupMatrix[],
  eligibleCounts: readonly number[],
  words: GroupSummaryWords,
): string {
  return toCsv([
    [
      words.group,
      words.term,
      words.instructors,
      words.members,
      words.held,
      words.planned,
      words.attended,
      words.counted,
      words.rate,
      words.eligible,
    ],
    ...matrices.map((matrix, index) => [
      matrix.group.name,
      matrix.group.term,
      matrix.group.instructorIds.join(', '),
      matrix.rows.length,
      matrix.sessions.length,
      matrix.planned,
      matrix.total.attended,
      matrix.total.counted,
      polishRate(matrix.total),
      eligibleCounts[index] ?? 0,
    ]),
  ]);
}

/** One row per member across the chosen groups. */
export function memberSummaryCsv(
  summaries: readonly MemberSummary[],
  words: CsvWords & { groups: string },
  hideNames: boolean,
): string {
  return toCsv([
    [words.name, words.number, words.groups, words.attended, words.counted, words.rate, words.archived],
    ...summaries.map((entry, position) => [
      ...who(entry, position, words, hideNames),
      entry.groups.join(', '),
      entry.tally.attended,
      entry.tally.counted,
      polishRate(entry.tally),
      entry.member.archived ? words.yes : '',
    ]),
  ]);
}

export type RosterEntry = {
  name: string;
  memberNumber: string;
  phone?: string;
  archived?: boolean;
  consentDate?: string;
  groups: string[];
};

/** The live members of the given groups (erased ones have nothing left to list), with their groups. */
export function rosterEntries(data: ReportData, matrices: readonly GroupMatrix[]): RosterEntry[] {
  const groupsOf = new Map<string, string[]>();
  for (const matrix of matrices) {
    for (const row of matrix.rows) {
      const groups = groupsOf.get(row.member.id);
      if (groups) groups.push(matrix.group.name);
      else groupsOf.set(row.member.id, [matrix.group.name]);
    }
  }
  const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });
  return data.members
    .filter(isLive)
    .filter((member) => groupsOf.has(member.id))
    .map((member) => ({
      name: member.name,
      memberNumber: member.memberNumber,
      phone: member.phone,
      archived: member.archived,
      consentDate: member.consent?.date,
      groups: groupsOf.get(member.id) ?? [],
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The roster of the chosen groups: names, numbers, phones, groups, archive flag and consent date. */
export function rosterCsv(
  entries: readonly RosterEntry[],
  words: {
    name: string;
    number: string;
    phone: string;
    groups: string;
    archived: string;
    consent: string;
    yes: string;
  },
): string {
  return toCsv([
    [words.name, words.number, words.phone, words.groups, words.archived, words.consent],
    ...entries.map((entry) => [
      entry.name,
      entry.memberNumber,
      entry.phone ?? '',
      entry.groups.join(', '),
      entry.archived ? words.yes : '',
      entry.consentDate ? polishDate(`${entry.consentDate}T12:00:00`) : '',
    ]),
  ]);
}
