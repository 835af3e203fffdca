import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GroupRecord, SessionRecord } from '@/db/records';
import { groupMatrix, indexReportData, type ReportData } from '@/features/reports/data/attendance-report';
import {
  type CsvWords,
  csvField,
  exportFileName,
  matrixCsv,
  polishDate,
  rosterCsv,
  rosterEntries,
  toCsv,
} from '@/features/reports/data/csv-export';

const envelope = (id: string) => ({ id, updatedAt: '0', updatedBy: 'test', dirty: 0 as const });
const WORDS: CsvWords = {
  name: 'Nazwisko i imię',
  number: 'Numer',
  rate: 'Frekwencja (%)',
  attended: 'Obecności',
  counted: 'Liczone zajęcia',
  unmarked: 'Bez oznaczenia',
  archived: 'W archiwum',
  yes: 'tak',
  status: { present: 'obecność', late: 'spóźnienie', excused: 'usprawiedliwiona', absent: 'nieobecność' },
  anonymous: (position) => `Osoba ${position}`,
};

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const data: ReportData = {
  members: [
    {
      ...envelope('m1'),
      name: 'Żaneta Łęcka',
      memberNumber: 'UTW-1',
      phone: '600 100 200',
      consent: { date: '2026-09-03', recordedBy: 'x' },
    },
    { ...envelope('m2'), name: '=HYPERLINK("x")', memberNumber: 'UTW-2', archived: true },
    { ...envelope('m3'), deleted: true },
  ],
  groups: [
    { ...envelope('g'), name: 'Cyfrowy senior; "wtorek"', term: 'zima', instructorIds: [], moduleIds: [] },
  ],
  memberships: ['m1', 'm2', 'm3'].map((id) => ({ ...envelope(`g:${id}`), groupId: 'g', memberId: id })),
  sessions: [
    { ...envelope('s1'), groupId: 'g', startsAt: new Date(2026, 9, 6, 10).toISOString(), lessonIds: [] },
    { ...envelope('s2'), groupId: 'g', startsAt: new Date(2026, 9, 13, 10).toISOString(), lessonIds: [] },
  ] satisfies SessionRecord[],
  attendance: [
    { ...envelope('s1:m1'), sessionId: 's1', memberId: 'm1', status: 'present' },
    { ...envelope('s2:m1'), sessionId: 's2', memberId: 'm1', status: 'excused' },
    { ...envelope('s1:m2'), sessionId: 's1', memberId: 'm2', status: 'absent' },
    { ...envelope('s1:m3'), sessionId: 's1', memberId: 'm3', status: 'present' },
  ],
};
const matrix = groupMatrix(indexReportData(data), data.groups[0] as GroupRecord, {
  excused: 'omit',
  now: new Date(2026, 11, 1).toISOString(),
});

describe('csv export', () => {
  it('quotes every field, doubles quotes and defuses formulas', () => {
    expect(csvField('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField(-5)).toBe('"-5"');
    expect(toCsv([['a', 1]])).toBe('\uFEFF"a";"1"\r\n');
  });

  it('writes Polish dates and file names that say what and when', () => {
    expect(polishDate(new Date(2026, 0, 5, 23, 30))).toBe('05.01.2026');
    expect(exportFileName('frekwencja', 'Cyfrowy senior — grupa wtorkowa', new Date(2026, 10, 29))).toBe(
      'frekwencja-cyfrowy-senior-grupa-wtorkowa-2026-11-29.csv',
    );
    expect(exportFileName('lista uczestników', 'Żółć łąk', new Date(2026, 0, 2))).toBe(
      'lista-uczestnikow-zolc-lak-2026-01-02.csv',
    );
  });

  it('writes a matrix that parses back with the same numbers and Polish characters', () => {
    const rows = parse(matrixCsv(matrix, WORDS, false));
    expect(rows[0]).toEqual([
      'Nazwisko i imię',
      'Numer',
      '06.10.2026',
      '13.10.2026',
      'Obecności',
      'Liczone zajęcia',
      'Bez oznaczenia',
      'Frekwencja (%)',
      'W archiwum',
    ]);
    expect(rows.slice(1)).toEqual([
      [`'=HYPERLINK("x")`, 'UTW-2', 'nieobecność', '', '0', '1', '1', '0', 'tak'],
      ['Żaneta Łęcka', 'UTW-1', 'obecność', 'usprawiedliwiona', '1', '1', '0', '100', ''],
    ]);
  });

  it('leaves names out when asked', () => {
    const rows = parse(matrixCsv(matrix, WORDS, true));
    expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Osoba 1', ''],
      ['Osoba 2', ''],
    ]);
    expect(JSON.stringify(rows)).not.toContain('Łęcka');
  });

  it('writes the roster of live members with their consent date, never the erased one', () => {
    const rows = parse(
      rosterCsv(rosterEntries(data, [matrix]), {
        name: 'Nazwisko i imię',
        number: 'Numer',
        phone: 'Telefon',
        groups: 'Grupy',
        archived: 'W archiwum',
        consent: 'Zgoda z dnia',
        yes: 'tak',
      }),
    );
    expect(rows).toEqual([
      ['Nazwisko i imię', 'Numer', 'Telefon', 'Grupy', 'W archiwum', 'Zgoda z dnia'],
      [`'=HYPERLINK("x")`, 'UTW-2', '', 'Cyfrowy senior; "wtorek"', 'tak', ''],
      ['Żaneta Łęcka', 'UTW-1', '600 100 200', 'Cyfrowy senior; "wtorek"', '', '03.09.2026'],
    ]);
  });
});
