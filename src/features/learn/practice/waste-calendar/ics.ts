// Builds the "Add to my calendar" file of the 'waste-calendar' simulation: an iCalendar text
// (RFC 5545) with one all-day event per collection and a reminder the evening before. Pure, so the
// format is unit-tested; the component only turns the text into a download.

/** One all-day event. */
export type CalendarEvent = {
  /** Unique and stable for the same collection, so importing the file twice does not duplicate it. */
  uid: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** Text of the reminder shown the evening before. */
  alarm: string;
};

export type CalendarFile = {
  /** The calendar's name, shown by some calendar apps when importing. */
  name: string;
  events: readonly CalendarEvent[];
  /** When the file is made (DTSTAMP). */
  stamp: Date;
};

/** RFC 5545 §3.1: lines are at most 75 octets; longer ones continue on a line starting with a space. */
const MAX_LINE_OCTETS = 75;

/** The reminder's offset from the start of the all-day event (midnight): 6 hours before is 18:00. */
const REMINDER_BEFORE = '-PT6H';

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8 (RFC 5545 §3.1), never splitting
 * a character: each continuation starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A DATE value: 2026-12-10 → 20261210. */
function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/** A UTC DATE-TIME value: 20261207T080000Z. */
function stampValue(stamp: Date): string {
  return stamp
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The whole file, with CRLF line endings as RFC 5545 requires. */
export function buildCalendar(file: CalendarFile): string {
  const stamp = stampValue(file.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Krok po kroku//Harmonogram odpadow//PL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(file.name)}`,
  ];
  for (const event of file.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarm)}`,
      `TRIGGER:${REMINDER_BEFORE}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
