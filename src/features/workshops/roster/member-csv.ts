// Reading the coordinator's member list as Excel writes it in Poland: CSV in UTF-8 with or without
// BOM or in Windows-1250, and "Tekst Unicode (*.txt)" in UTF-16 with a BOM; semicolons (Polish
// Excel), commas or tabs; quoted fields. Builds a preview with per-row
// problems and duplicates by member number. Pure: nothing here touches storage.
import Papa from 'papaparse';
import type { MemberDetails } from '@/features/workshops/data/members';
import { numberKey } from '@/features/workshops/data/members';

export type CsvEncoding = 'utf-8' | 'windows-1250' | 'utf-16le' | 'utf-16be';
export type FileProblem =
  | 'tooBig'
  | 'empty'
  | 'spreadsheet'
  | 'notText'
  | 'noColumns'
  | 'noNameColumn'
  | 'noNumberColumn';
export type MemberField = 'name' | 'firstName' | 'lastName' | 'memberNumber' | 'phone' | 'notes';

export type RowProblem =
  | { code: 'noName' }
  | { code: 'noNumber' }
  | { code: 'badPhone'; phone: string }
  | { code: 'tooLong' }
  | { code: 'duplicateInFile'; number: string; firstRow: number };

export type PreviewRow = MemberDetails & {
  /** The row as numbered in the spreadsheet (the header is one of them). */
  row: number;
  problems: RowProblem[];
  /** The name of the member on the roster who already has this number: the row will be left out. */
  alreadyOnRoster?: string;
};

export type ImportPreview = {
  encoding: CsvEncoding;
  delimiter: string;
  /** The recognised columns, in file order, with their headers as written. */
  columns: { field: MemberField; header: string }[];
  rows: PreviewRow[];
};

export type ReadResult = { ok: true; preview: ImportPreview } | { ok: false; problem: FileProblem };

/**
 * The largest list read: 5.5 MiB, room for a city-wide UTW of 20,000 members with its alumni (about
 * 250 bytes a row in UTF-8, twice that as "Tekst Unicode"). Checked before a byte is read.
 */
export const MAX_FILE_BYTES = 5.5 * 1024 * 1024;
/** Longest name or note kept (characters); longer is a pasted paragraph, not a name. */
const MAX_FIELD_CHARS = 200;
/** Share of control characters above which decoded bytes are not text (a picture, an archive). */
const MAX_CONTROL_SHARE = 0.01;
/** How many first lines may hold a title before the header row. */
const HEADER_SEARCH_ROWS = 5;

/** Lower case, no Polish letters, single spaces: "Nr legitymacji:" → "nr legitymacji". */
function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADERS: Record<MemberField, readonly string[]> = {
  name: [
    'imie i nazwisko',
    'nazwisko i imie',
    'imiona i nazwisko',
    'nazwisko i imiona',
    'uczestnik',
    'uczestniczka',
    'czlonek',
    'osoba',
    'name',
    'full name',
  ],
  firstName: ['imie', 'imiona', 'first name'],
  lastName: ['nazwisko', 'last name', 'surname'],
  memberNumber: [
    'nr legitymacji',
    'numer legitymacji',
    'legitymacja',
    'nr czlonkowski',
    'numer czlonkowski',
    'nr czlonka',
    'numer czlonka',
    'nr karty',
    'numer karty',
    'member number',
    'nr',
    'numer',
  ],
  phone: ['telefon', 'tel', 'nr telefonu', 'numer telefonu', 'telefon kontaktowy', 'phone'],
  notes: ['uwagi', 'notatki', 'notatka', 'komentarz', 'notes'],
};

function fieldOf(header: string): MemberField | undefined {
  const normalized = normalizeHeader(header);
  return (Object.keys(HEADERS) as MemberField[]).find((field) => HEADERS[field].includes(normalized));
}

/**
 * Decodes a file's bytes: UTF-8 when it has a BOM or is valid UTF-8, otherwise Windows-1250 (Excel's
 * "CSV" in Polish Windows). Refuses an empty file, a spreadsheet saved as .xlsx/.xls, and bytes that
 * are not text in either encoding.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: FileProblem } {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooBig' };
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": .xlsx and .ods are zip archives
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0; // .xls
  if (zip || ole) return { ok: false, problem: 'spreadsheet' };
  let text: string;
  let encoding: CsvEncoding;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // Excel's "Tekst Unicode (*.txt)": UTF-16, little-endian on Windows, always with a byte-order mark.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, problem: 'notText' };
    }
    encoding = utf16;
  } else
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1250').decode(bytes);
      encoding = 'windows-1250';
    }
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point.
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls / text.length > MAX_CONTROL_SHARE)) {
    return { ok: false, problem: 'notText' };
  }
  return { ok: true, text, encoding };
}

type Columns = { field: MemberField; header: string; index: number }[];

function findHeader(rows: string[][]): { index: number; columns: Columns } | undefined {
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns: Columns = [];
    row.forEach((header, column) => {
      const field = fieldOf(header);
      if (field && !columns.some((known) => known.field === field))
        columns.push({ field, header, index: column });
    });
    if (columns.length >= 2) return { index, columns };
  }
  return undefined;
}

/** Polish Excel writes semicolons; other programs commas or tabs. */
const DELIMITERS = [';', ',', '\t'] as const;

const PHONE = /^\+?[\d\s\-()/]{6,20}$/;

/** Turns a decoded CSV text into a preview, or says why it cannot be read. `roster` maps number keys to names. */
export function previewMembers(
  text: string,
  encoding: CsvEncoding,
  roster: ReadonlyMap<string, string>,
  onProgress?: (fraction: number) => void,
): ReadResult {
  // The delimiter is the one under which the header row shows the most known columns: this works for a
  // file of one header line too, where guessing from the data rows cannot.
  const score = (delimiter: string) =>
    findHeader(Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS }).data)?.columns.length ??
    0;
  const delimiter = DELIMITERS.reduce((best, candidate) =>
    score(candidate) > score(best) ? candidate : best,
  );
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  const header = findHeader(rows);
  if (header === undefined) return { ok: false, problem: 'noColumns' };
  const has = (field: MemberField) => header.columns.some((column) => column.field === field);
  if (!has('name') && !(has('firstName') || has('lastName'))) return { ok: false, problem: 'noNameColumn' };
  if (!has('memberNumber')) return { ok: false, problem: 'noNumberColumn' };

  const cell = (row: string[], field: MemberField) => {
    const column = header.columns.find((entry) => entry.field === field);
    return column ? (row[column.index] ?? '').trim() : '';
  };
  const firstRowOfNumber = new Map<string, number>();
  const preview: PreviewRow[] = [];
  rows.forEach((row, index) => {
    if (onProgress && index % PROGRESS_EVERY_ROWS === 0) onProgress(0.2 + (0.8 * index) / rows.length);
    if (index <= header.index || row.every((value) => value.trim() === '')) return;
    const rowNumber = index + 1;
    const name = (cell(row, 'name') || `${cell(row, 'firstName')} ${cell(row, 'lastName')}`)
      .replace(/\s+/g, ' ')
      .trim();
    const memberNumber = cell(row, 'memberNumber');
    const phone = cell(row, 'phone');
    const notes = cell(row, 'notes');
    const problems: RowProblem[] = [];
    if (name === '') problems.push({ code: 'noName' });
    if (memberNumber === '') problems.push({ code: 'noNumber' });
    if (phone !== '' && !PHONE.test(phone)) problems.push({ code: 'badPhone', phone });
    if (name.length > MAX_FIELD_CHARS || notes.length > MAX_FIELD_CHARS * 5)
      problems.push({ code: 'tooLong' });
    let alreadyOnRoster: string | undefined;
    if (memberNumber !== '') {
      const key = numberKey(memberNumber);
      const first = firstRowOfNumber.get(key);
      if (first !== undefined)
        problems.push({ code: 'duplicateInFile', number: memberNumber, firstRow: first });
      else firstRowOfNumber.set(key, rowNumber);
      alreadyOnRoster = roster.get(key);
    }
    preview.push({
      row: rowNumber,
      name,
      memberNumber,
      phone: phone || undefined,
      notes: notes || undefined,
      problems,
      alreadyOnRoster,
    });
  });
  return {
    ok: true,
    preview: {
      encoding,
      delimiter,
      columns: header.columns.map(({ field, header: text }) => ({ field, header: text })),
      rows: preview,
    },
  };
}

/** How often (in rows) the preview reports its progress. */
const PROGRESS_EVERY_ROWS = 1000;

/** Reads a file's bytes into a preview: decoding, then previewMembers (0–20 % and 20–100 % of the work). */
export function readMemberFile(
  bytes: Uint8Array,
  roster: ReadonlyMap<string, string>,
  onProgress?: (fraction: number) => void,
): ReadResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  onProgress?.(0.2);
  const result = previewMembers(decoded.text, decoded.encoding, roster, onProgress);
  if (result.ok && result.preview.rows.length === 0) return { ok: false, problem: 'empty' };
  return result;
}

/** The rows that would be saved: no problems and not already on the roster. */
export function rowsToSave(preview: ImportPreview): PreviewRow[] {
  return preview.rows.filter((row) => row.problems.length === 0 && row.alreadyOnRoster === undefined);
}

/** How many rows have each kind of problem, for the preview's summary. */
export function problemCounts(preview: ImportPreview): Partial<Record<RowProblem['code'], number>> {
  const counts: Partial<Record<RowProblem['code'], number>> = {};
  for (const row of preview.rows)
    for (const code of new Set(row.problems.map((problem) => problem.code)))
      counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** True when some row has a problem: then the file must be corrected and nothing is saved. */
export function hasRowProblems(preview: ImportPreview): boolean {
  return preview.rows.some((row) => row.problems.length > 0);
}
