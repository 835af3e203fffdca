import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '@/features/learn/practice/waste-calendar/ics';

const STAMP = new Date('2027-03-08T07:30:05.123Z');

/** Undoes line folding (RFC 5545 §3.1) to read the content lines back. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets of UTF-8 without splitting a Polish letter', () => {
    const line = `SUMMARY:${'ą'.repeat(60)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const part of lines) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of lines.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('buildCalendar', () => {
  const text = buildCalendar({
    name: 'Odbiór odpadów, ul. Klonowa',
    stamp: STAMP,
    events: [
      {
        uid: '20270311-glass-klonowa@krok-po-kroku',
        date: '2027-03-11',
        summary: 'Szkło; zielony pojemnik (ćwiczenie)',
        description: 'Termin ze ćwiczenia, zmyślona ulica.\nSprawdź prawdziwy harmonogram.',
        alarm: 'Jutro odbiór: Szkło',
      },
      {
        uid: '20270331-mixed-klonowa@krok-po-kroku',
        date: '2027-03-31',
        summary: 'Zmieszane',
        description: 'Opis',
        alarm: 'Jutro odbiór: Zmieszane',
      },
    ],
  });
  const lines = unfold(text);

  it('is a VCALENDAR of version 2.0 with a product id, with CRLF line endings only', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one VEVENT per collection with UID, DTSTAMP, an all-day DTSTART and the escaped summary', () => {
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:20270311-glass-klonowa@krok-po-kroku');
    expect(lines).toContain('DTSTAMP:20270308T073005Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270311');
    expect(lines).toContain('DTEND;VALUE=DATE:20270312');
    // The last day of the month ends on the first of the next.
    expect(lines).toContain('DTEND;VALUE=DATE:20270401');
    expect(lines).toContain('SUMMARY:Szkło\\; zielony pojemnik (ćwiczenie)');
    expect(lines).toContain(
      'DESCRIPTION:Termin ze ćwiczenia\\, zmyślona ulica.\\nSprawdź prawdziwy harmonogram.',
    );
    expect(lines).toContain('X-WR-CALNAME:Odbiór odpadów\\, ul. Klonowa');
  });

  it('reminds the evening before each collection', () => {
    expect(lines.filter((line) => line === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines).toContain('TRIGGER:-PT6H');
    expect(lines).toContain('DESCRIPTION:Jutro odbiór: Szkło');
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
