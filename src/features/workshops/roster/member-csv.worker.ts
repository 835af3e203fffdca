// Reads a member list off the main thread: a city-wide list of 20,000 rows takes seconds to decode
// and check, and the page must stay responsive meanwhile. Posts its progress, then the result.
import { readMemberFile } from '@/features/workshops/roster/member-csv';

export type ReadRequest = { buffer: ArrayBuffer; roster: [string, string][] };
export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: ReturnType<typeof readMemberFile> };

const post = (reply: ReadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { buffer, roster } = event.data;
  const result = readMemberFile(new Uint8Array(buffer), new Map(roster), (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post({ type: 'result', result });
});
