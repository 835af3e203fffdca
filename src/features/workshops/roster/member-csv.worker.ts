// Reads a member list off the main thread: a city-wide list of 20,000 rows takes seconds to decode
// and check, and the page must stay responsive meanwhile. Posts its progress, then the rows in
// slices, then the rest of the result.
import { readMemberFile } from '@/features/workshops/roster/member-csv';

export type ReadRequest = { buffer: ArrayBuffer; roster: [string, string][] };
/**
 * Rows travel as JSON text, a slice per message: structured-cloning 20,000 row objects blocks the
 * page for hundreds of milliseconds, and parsing them in one go still takes a long task on a slow
 * phone; a slice of ROWS_PER_MESSAGE parses in a few milliseconds, and the page runs between them.
 */
export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'rows'; json: string }
  | { type: 'result'; json: string };

export const ROWS_PER_MESSAGE = 1000;

const post = (reply: ReadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { buffer, roster } = event.data;
  const result = readMemberFile(new Uint8Array(buffer), new Map(roster), (fraction) =>
    post({ type: 'progress', fraction }),
  );
  if (!result.ok) return post({ type: 'result', json: JSON.stringify(result) });
  const { rows } = result.preview;
  for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE) {
    post({ type: 'rows', json: JSON.stringify(rows.slice(from, from + ROWS_PER_MESSAGE)) });
  }
  post({ type: 'result', json: JSON.stringify({ ...result, preview: { ...result.preview, rows: [] } }) });
});
