// Reading a chosen file into a preview without freezing the page: the size is checked before a byte
// is read, and the reading itself runs in a Web Worker with progress. Where there is no Worker (the
// component tests), it runs here.
import { MAX_FILE_BYTES, type ReadResult, readMemberFile } from '@/features/workshops/roster/member-csv';
import type { ReadReply, ReadRequest } from '@/features/workshops/roster/member-csv.worker';

export async function readMemberFileAsync(
  file: Blob,
  roster: ReadonlyMap<string, string>,
  onProgress: (fraction: number) => void,
): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'tooBig' };
  const buffer = await file.arrayBuffer();
  if (typeof Worker === 'undefined') return readMemberFile(new Uint8Array(buffer), roster, onProgress);
  const worker = new Worker(new URL('./member-csv.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ReadResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ReadReply>) => {
        if (event.data.type === 'progress') onProgress(event.data.fraction);
        else resolve(JSON.parse(event.data.json) as ReadResult);
      });
      worker.addEventListener('error', (event) => reject(event.error ?? new Error(event.message)));
      const request: ReadRequest = { buffer, roster: [...roster] };
      worker.postMessage(request, [buffer]);
    });
  } finally {
    worker.terminate();
  }
}
