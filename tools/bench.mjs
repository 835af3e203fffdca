// Runs the project's benchmarks: `node tools/bench.mjs [NAME ...] [--check]` (or `npm run bench -- NAME`).
// Each benchmark is one module in tools/bench/ exporting `run({ root, check })`, which prints its own
// detail lines and resolves to `{ value, unit, failure? }`. This dispatcher prints the benchmark's last
// line, `NAME: VALUE UNIT` (DESIGN.md, "Targets"), and with --check exits 1 when a budget is exceeded.
//
// To add a benchmark, add its module below; names listed in PLANNED are known but not written yet.
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} name → module path relative to this file */
const BENCHMARKS = {
  'size-ratio': './bench/size-ratio.mjs',
  'progress-save-p95': './bench/progress-save-p95.mjs',
  'report-render': './bench/report-render.mjs',
  'sync-pull-vs-pouchdb': './bench/sync-pull-vs-pouchdb.mjs',
  'sync-push-vs-pouchdb': './bench/sync-push-vs-pouchdb.mjs',
};

/** Named in DESIGN.md's targets; each gets a module in tools/bench/ when it is implemented. */
const PLANNED = [];

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function usage() {
  const known = [...Object.keys(BENCHMARKS), ...PLANNED.map((name) => `${name} (not implemented yet)`)];
  return [
    'Usage: node tools/bench.mjs [NAME ...] [--check]',
    '  no NAME runs every implemented benchmark; --check exits 1 when a result exceeds its budget.',
    'Known benchmarks:',
    ...known.map((name) => `  ${name}`),
  ].join('\n');
}

function parseArgs(argv) {
  const names = [];
  let check = false;
  for (const arg of argv) {
    if (arg === '--check') check = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg.startsWith('-')) {
      console.error(`bench: unknown option ${arg}\n${usage()}`);
      process.exit(1);
    } else names.push(arg);
  }
  return { names: names.length > 0 ? names : Object.keys(BENCHMARKS), check };
}

async function main() {
  const { names, check } = parseArgs(process.argv.slice(2));

  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    const planned = unknown.filter((name) => PLANNED.includes(name));
    const reason = planned.length === unknown.length ? 'not implemented yet' : 'unknown benchmark';
    console.error(`bench: ${reason}: ${unknown.join(', ')}\n${usage()}`);
    process.exit(1);
  }

  const failures = [];
  for (const name of names) {
    const module = await import(new URL(BENCHMARKS[name], import.meta.url).href);
    let result;
    try {
      result = await module.run({ root: ROOT, check });
    } catch (error) {
      console.error(`bench: ${name} could not run: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
    console.log(`${name}: ${result.value} ${result.unit}`);
    if (result.failure) failures.push(`${name}: ${result.failure}`);
  }

  if (failures.length > 0) {
    if (check) {
      console.error(`bench: over budget\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
      process.exit(1);
    }
    console.error(`bench: note (not failing without --check):\n  ${failures.join('\n  ')}`);
  }
}

await main();
