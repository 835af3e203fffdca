// sync-pull-vs-pouchdb: in Chromium, pulling 20,000 records from the dev sync server into an empty
// device with the app's engine, beside PouchDB's replication of the same records from the same server
// in the same page and run; prints the ratio PouchDB time / app time (DESIGN.md's target: at least 2).
import { compare, median, RECORDS, seed } from './sync-common.mjs';

export const TARGET_RATIO = 2;

export async function run({ root }) {
  const times = await compare({
    root,
    ours: 'oursPull',
    pouch: 'pouchPull',
    prepare: (server, database) => seed(server, database, RECORDS),
  });
  const ours = median(times.ours);
  const pouch = median(times.pouch);
  console.log(
    `  pull of ${RECORDS} records, medians: app ${ours.toFixed(0)} ms, PouchDB ${pouch.toFixed(0)} ms`,
  );
  return { value: Number((pouch / ours).toFixed(2)), unit: 'x' };
}
