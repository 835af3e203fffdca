import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  hasRowProblems,
  MAX_FILE_BYTES,
  readMemberFile,
  rowsToSave,
} from '@/features/workshops/roster/member-csv';

/** Windows-1250 bytes of the Polish letters; everything else here is ASCII. */
const CP1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
};
const cp1250 = (text: string) => Uint8Array.from([...text].map((char) => CP1250[char] ?? char.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const noRoster = new Map<string, string>();

describe('decodeCsvBytes', () => {
  it('reads Windows-1250 bytes of "Żółć" as Polish letters', () => {
    const bytes = Uint8Array.from([0xaf, 0xf3, 0xb3, 0xe6]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: 'Żółć', encoding: 'windows-1250' });
  });

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(utf8('Żółć'))).toEqual({ ok: true, text: 'Żółć', encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Żółć')]);
    expect(decodeCsvBytes(withBom)).toEqual({ ok: true, text: 'Żółć', encoding: 'utf-8' });
  });

  it('reads Excel\'s "Tekst Unicode": UTF-16 little- and big-endian with a byte-order mark', () => {
    const text = 'Imię i nazwisko\tNr legitymacji\r\nŻaneta Łąkowska\t12\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      le.set([code & 0xff, code >> 8], 2 + index * 2);
      be.set([code >> 8, code & 0xff], 2 + index * 2);
    }
    expect(decodeCsvBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
    const read = readMemberFile(le, new Map());
    expect(read.ok && read.preview.delimiter).toBe('\t');
    expect(read.ok && read.preview.rows[0]?.name).toBe('Żaneta Łąkowska');
  });

  it('refuses a file over the limit as too big, before decoding it', () => {
    expect(decodeCsvBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'tooBig' });
    expect(MAX_FILE_BYTES).toBeLessThan(6_000_000);
  });

  it('refuses an empty file, a spreadsheet and bytes that are not text', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeCsvBytes(utf8(' \r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0]))).toEqual({
      ok: false,
      problem: 'spreadsheet',
    });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]);
    expect(decodeCsvBytes(png)).toEqual({ ok: false, problem: 'notText' });
  });
});

describe('readMemberFile', () => {
  it('reads a Windows-1250 semicolon list with quoted fields and Polish headers', () => {
    const file = cp1250(
      'Imię i nazwisko;Nr legitymacji;Telefon;Uwagi\r\n' +
        'Żaneta Łęcka;UTW-001;601 234 567;"Prosi o duży druk; siedzi z przodu"\r\n' +
        '"Bożena ""Basia"" Śliwińska";UTW-002;;\r\n',
    );
    const result = readMemberFile(file, noRoster);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.encoding).toBe('windows-1250');
    expect(result.preview.delimiter).toBe(';');
    expect(result.preview.columns.map((column) => column.field)).toEqual([
      'name',
      'memberNumber',
      'phone',
      'notes',
    ]);
    expect(result.preview.rows).toEqual([
      expect.objectContaining({
        row: 2,
        name: 'Żaneta Łęcka',
        memberNumber: 'UTW-001',
        phone: '601 234 567',
        notes: 'Prosi o duży druk; siedzi z przodu',
        problems: [],
      }),
      expect.objectContaining({
        row: 3,
        name: 'Bożena "Basia" Śliwińska',
        memberNumber: 'UTW-002',
        problems: [],
      }),
    ]);
  });

  it('joins separate first and last name columns of a comma list after a title line', () => {
    const file = utf8('Lista członków UTW 2026\nImię,Nazwisko,Numer członkowski\nJan,Kowalski,12\n');
    const result = readMemberFile(file, noRoster);
    expect(result.ok && result.preview.rows.map((row) => [row.row, row.name, row.memberNumber])).toEqual([
      [3, 'Jan Kowalski', '12'],
    ]);
  });

  it('reports each row problem with its spreadsheet row, and duplicates in the file and on the roster', () => {
    const file = utf8(
      'Imię i nazwisko;Nr legitymacji;Telefon\n' +
        'Anna Nowak;1;\n' +
        ';2;\n' +
        'Ewa Zając;;\n' +
        'Piotr Wójcik;1;\n' +
        'Maria Kaczmarek;7;zadzwoń\n' +
        'Adam Mazur;9;\n',
    );
    const result = readMemberFile(file, new Map([['9', 'Adam Mazur (już na liście)']]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.rows.map((row) => [row.row, row.problems])).toEqual([
      [2, []],
      [3, [{ code: 'noName' }]],
      [4, [{ code: 'noNumber' }]],
      [5, [{ code: 'duplicateInFile', number: '1', firstRow: 2 }]],
      [6, [{ code: 'badPhone', phone: 'zadzwoń' }]],
      [7, []],
    ]);
    expect(result.preview.rows[5]?.alreadyOnRoster).toBe('Adam Mazur (już na liście)');
    expect(hasRowProblems(result.preview)).toBe(true);
    expect(rowsToSave(result.preview).map((row) => row.name)).toEqual(['Anna Nowak']);
  });

  it('refuses a file without recognised columns, or without a name or number column', () => {
    expect(readMemberFile(utf8('a;b;c\n1;2;3\n'), noRoster)).toEqual({ ok: false, problem: 'noColumns' });
    expect(readMemberFile(utf8('Imię;Nazwisko;Telefon\nJan;Kos;600100200\n'), noRoster)).toEqual({
      ok: false,
      problem: 'noNumberColumn',
    });
    expect(readMemberFile(utf8('Nr legitymacji;Telefon;Uwagi\n1;600100200;\n'), noRoster)).toEqual({
      ok: false,
      problem: 'noNameColumn',
    });
    expect(readMemberFile(utf8('Imię i nazwisko;Nr legitymacji\n'), noRoster)).toEqual({
      ok: false,
      problem: 'empty',
    });
  });

  it('refuses garbage that decodes as neither encoding cleanly', () => {
    const garbage = Uint8Array.from({ length: 400 }, (_, index) => (index * 73 + 11) % 256);
    expect(readMemberFile(garbage, noRoster)).toEqual({ ok: false, problem: 'notText' });
  });
});
