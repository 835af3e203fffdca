// sync-push-vs-pouchdb: in Chromium, pushing 20,000 records written on a device to an empty database
// on the dev sync server with the app's engine, beside PouchDB's replication of the same records to the
// same server in the same page and run; prints the ratio PouchDB time / app time (DESIGN.md's target: at least 2).
import { compare, median, RECORDS } from './sync-common.mjs';

export const TARGET_RATIO = 2;

export async function run({ root }) {
  const times = await compare({
    root,
    ours: 'oursPush',
    pouch: 'pouchPush',
    prepare: async () => undefined,
  });
  const ours = median(times.ours);
  const pouch = median(times.pouch);
  console.log(
    `  push of ${RECORDS} records, medians: app ${ours.toFixed(0)} ms, PouchDB ${pouch.toFixed(0)} ms`,
  );
  return { value: Number((pouch / ours).toFixed(2)), unit: 'x' };
}
