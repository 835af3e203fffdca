// Reads a member list off the main thread: a city-wide list of 20,000 rows takes seconds to decode
// and check, and the page must stay responsive meanwhile. Posts its progress, then the result.
import { readMemberFile } from '@/features/workshops/roster/member-csv';

export type ReadRequest = { buffer: ArrayBuffer; roster: [string, string][] };
/**
 * The result travels as JSON text: parsing 2 MB of JSON on the main thread takes a few milliseconds,
 * while structured-cloning 20,000 row objects blocks it for hundreds.
 */
export type ReadReply = { type: 'progress'; fraction: number } | { type: 'result'; json: string };

const post = (reply: ReadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { buffer, roster } = event.data;
  const result = readMemberFile(new Uint8Array(buffer), new Map(roster), (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post({ type: 'result', json: JSON.stringify(result) });
});
