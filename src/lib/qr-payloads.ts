// The texts inside the app's QR codes, versioned ("KPK1") so that a later format can be told apart:
//   KPK1:M:<member number>            a member's card (printed by the workshops feature)
//   KPK1:P:<lesson id>,<lesson id>…   a learner's progress card (shown on the progress page)
// Scanned text is untrusted: it is parsed with zod and anything else is "not ours".
import '@/lib/zod-setup';
import { z } from 'zod';

const PREFIX = 'KPK1';
/** Member numbers as UTW offices write them: letters, digits and a few separators, up to 40 characters. */
const memberNumber = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,39}$/u);
const lessonId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
/** More lessons than the whole catalogue could hold is not a progress card (and would not fit a QR). */
const MAX_LESSONS = 80;

export type ScannedPayload =
  | { kind: 'member'; memberNumber: string }
  | { kind: 'progress'; lessonIds: string[] }
  | { kind: 'unknown' };

const memberCard = z.object({ kind: z.literal('member'), memberNumber });
const progressCard = z.object({
  kind: z.literal('progress'),
  lessonIds: z.array(lessonId).min(1).max(MAX_LESSONS),
});

/** The text of a member card's QR. Throws if the number cannot be carried (see memberNumber). */
export function memberCardPayload(number: string): string {
  return `${PREFIX}:M:${memberNumber.parse(number.trim())}`;
}

/** The text of a progress card's QR: the finished lessons, without repeats. Throws on a malformed id. */
export function progressCardPayload(lessonIds: readonly string[]): string {
  const unique = [...new Set(lessonIds)];
  return `${PREFIX}:P:${progressCard.parse({ kind: 'progress', lessonIds: unique }).lessonIds.join(',')}`;
}

/** Reads scanned text: a member card, a progress card, or 'unknown' (never throws). */
export function parseScannedPayload(text: string): ScannedPayload {
  const match = /^KPK1:([MP]):(.*)$/s.exec(text.trim());
  if (!match) return { kind: 'unknown' };
  const [, type, body = ''] = match;
  const parsed =
    type === 'M'
      ? memberCard.safeParse({ kind: 'member', memberNumber: body })
      : progressCard.safeParse({ kind: 'progress', lessonIds: body.split(',') });
  return parsed.success ? parsed.data : { kind: 'unknown' };
}
