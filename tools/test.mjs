// `npm test`: everything CI checks, in order — lint, type-check, unit and component tests, the content
// check, the size budget and the end-to-end tests in Chromium. Every step runs even after a failure,
// so one run shows all problems; the last line counts the tests that passed and failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const VITEST_JSON = '.vitest-results.json';
// Absolute: Playwright resolves a relative name against its config's folder.
const E2E_JSON = resolve('.e2e-results.json');

const steps = [
  { name: 'lint', command: ['npx', 'biome', 'ci', '.'] },
  { name: 'type-check', command: ['npx', 'tsc', '-p', 'tsconfig.json'] },
  {
    name: 'unit and component tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_JSON}`,
    ],
  },
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'] },
  { name: 'size budget', command: ['node', 'tools/bench.mjs', 'size-ratio', '--check'] },
  {
    name: 'end-to-end tests',
    command: ['node', 'tools/e2e.mjs'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_JSON },
  },
];

for (const file of [VITEST_JSON, E2E_JSON]) rmSync(file, { force: true });

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━ ${step.command.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

/** The tests Playwright's JSON report marks flaky: failed first, passed on the retry. */
function flakyTitles(suites, path = []) {
  const titles = [];
  for (const suite of suites ?? []) {
    const inner = suite.file === suite.title ? path : [...path, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') titles.push([suite.file, ...inner, spec.title].join(' › '));
      }
    }
    titles.push(...flakyTitles(suite.suites, inner));
  }
  return titles;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = readJson(VITEST_JSON);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const e2e = readJson(E2E_JSON);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}

console.log('\n━━ summary ━━');
for (const result of results) {
  console.log(`${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds.toFixed(1)} s)`);
}
if (vitest) console.log(`unit: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
console.log(
  e2e
    ? `e2e: ${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed`
    : 'e2e: not run',
);
for (const title of e2e ? flakyTitles(e2e.suites) : []) {
  console.log(`⚠ e2e: passed only on its retry (flaky, to be fixed): ${title}`);
}
const stepsFailed = results.filter((result) => !result.ok).length;
// A failed step that ran no test (lint, types, content, size) still counts as a failure.
console.log(
  `tests: ${passed} passed, ${failed + (failed === 0 && stepsFailed > 0 ? stepsFailed : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(stepsFailed > 0 ? 1 : 0);
