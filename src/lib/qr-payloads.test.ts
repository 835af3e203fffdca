import { describe, expect, it } from 'vitest';
import { memberCardPayload, parseScannedPayload, progressCardPayload } from '@/lib/qr-payloads';

describe('QR payloads', () => {
  it('round-trips a member card and a progress card', () => {
    expect(memberCardPayload('UTW-101')).toBe('KPK1:M:UTW-101');
    expect(parseScannedPayload('KPK1:M:UTW-101')).toEqual({ kind: 'member', memberNumber: 'UTW-101' });
    const progress = progressCardPayload(['stop-timetable', 'phone-ticket', 'stop-timetable']);
    expect(progress).toBe('KPK1:P:stop-timetable,phone-ticket');
    expect(parseScannedPayload(progress)).toEqual({
      kind: 'progress',
      lessonIds: ['stop-timetable', 'phone-ticket'],
    });
  });

  it('calls anything else unknown: other codes, other versions, damaged bodies', () => {
    for (const text of [
      'https://example.org',
      'KPK2:M:UTW-101',
      'KPK1:M:',
      'KPK1:M:<script>',
      'KPK1:P:',
      'KPK1:P:Stop Timetable',
      `KPK1:M:${'9'.repeat(41)}`,
    ]) {
      expect(parseScannedPayload(text), text).toEqual({ kind: 'unknown' });
    }
  });

  it('refuses to make a card for a number it could not read back', () => {
    expect(() => memberCardPayload('a\nb')).toThrow();
  });
});
