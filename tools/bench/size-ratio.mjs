// size-ratio: the gzipped initial JS of the app's home route divided by that of a bare React
// hello-world, both built in the same run by the same toolchain (vite + @vitejs/plugin-react from this
// project's node_modules, build.target es2022).
//
// "Initial JS" is the entry chunk of index.html plus every chunk it statically imports (recursively,
// via `imports` in .vite/manifest.json); for the app also the lazily loaded home route
// (src/features/learn/home-page.tsx) and its static imports, and what index.html preloads for the
// first page (its Polish words). Each file counts once, gzip level 9.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

/** DESIGN.md "Targets": initial JS of the home route (gzip) ≤ 1.9 × a bare React hello-world. */
export const SIZE_RATIO_BUDGET = 1.9;

/** The module of the home route; the app loads it lazily, so it has its own manifest entry. */
export const HOME_ROUTE_SRC = 'src/features/learn/home-page.tsx';

const BUILD_TARGET = 'es2022';

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/**
 * The manifest key of the chunk whose `src` is `src`.
 * @param {Manifest} manifest
 * @param {string} src
 */
function keyForSrc(manifest, src) {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate].src === src);
  if (key === undefined) {
    throw new Error(
      `no chunk with src "${src}" in the Vite manifest` +
        (src === 'index.html' ? '' : ' (is it a lazily imported module of the app?)'),
    );
  }
  return key;
}

/**
 * The output files loaded before the page can render: the chunks of `srcs` (the first is normally
 * `index.html`) and everything they import statically, recursively. Dynamic imports are not followed
 * unless their module is itself listed in `srcs`. Each file appears once, in discovery order.
 * @param {Manifest} manifest contents of .vite/manifest.json
 * @param {string[]} srcs source paths, relative to the build root, as in the manifest's `src`
 * @returns {string[]} output file paths relative to outDir
 */
export function collectInitialChunks(manifest, srcs = ['index.html']) {
  /** @type {string[]} */
  const files = [];
  const seenKeys = new Set();
  /** @param {string} key @param {string} from */
  const visit = (key, from) => {
    if (seenKeys.has(key)) return;
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the Vite manifest has no entry "${key}" (imported by ${from})`);
    seenKeys.add(key);
    if (!files.includes(chunk.file)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const src of srcs) visit(keyForSrc(manifest, src), src);
  return files;
}

/**
 * Gzipped sizes (level 9) of `files` inside `outDir`.
 * @param {string} outDir
 * @param {string[]} files
 */
export function gzipSizes(outDir, files) {
  return files.map((file) => ({
    file,
    bytes: gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length,
  }));
}

/** @param {number} bytes */
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** @param {string} label @param {{ file: string, bytes: number }[]} sizes */
function printSizes(label, sizes) {
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  const list = sizes.map(({ file, bytes }) => `${file} ${kib(bytes)}`).join(' + ');
  console.log(`${label}: ${kib(total)} KiB gzip = ${list} (KiB)`);
  return total;
}

/** @param {string} outDir @returns {Manifest} */
function readManifest(outDir) {
  const manifestPath = path.join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`the build wrote no manifest at ${manifestPath}`);
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/** @param {string} what @param {() => Promise<unknown>} buildFn */
async function buildOrExplain(what, buildFn) {
  try {
    await buildFn();
  } catch (error) {
    // Rolldown colours its code frames; keep the message readable in CI logs.
    const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
    throw new Error(`vite build of ${what} failed: ${message}`);
  }
}

const HELLO_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hello</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

const HELLO_MAIN = `import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<h1>Hello</h1>);
`;

/**
 * @param {{ root: string }} options root: the project directory
 * @returns {Promise<{ value: string, unit: string, failure?: string }>}
 */
export async function run({ root }) {
  const homeRoute = path.join(root, HOME_ROUTE_SRC);
  if (!existsSync(homeRoute)) {
    throw new Error(
      `${HOME_ROUTE_SRC} does not exist: size-ratio measures the app's lazily loaded home route`,
    );
  }

  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');

  const appOut = path.join(root, '.bench', 'app');
  await buildOrExplain('the app', () =>
    build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { manifest: true, outDir: appOut, emptyOutDir: true, target: BUILD_TARGET },
    }),
  );

  const helloRoot = path.join(root, '.bench', 'hello');
  const helloOut = path.join(helloRoot, 'dist');
  rmSync(helloRoot, { recursive: true, force: true });
  mkdirSync(helloRoot, { recursive: true });
  writeFileSync(path.join(helloRoot, 'index.html'), HELLO_HTML);
  writeFileSync(path.join(helloRoot, 'main.tsx'), HELLO_MAIN);
  await buildOrExplain('the React hello-world', () =>
    build({
      root: helloRoot,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { manifest: true, outDir: helloOut, emptyOutDir: true, target: BUILD_TARGET },
    }),
  );

  // Also what index.html preloads for the first page (its Polish words), which the home route loads at once.
  const preloaded = [
    ...readFileSync(path.join(appOut, 'index.html'), 'utf8').matchAll(
      /rel="modulepreload"[^>]*href="\/([^"]+)"/g,
    ),
  ].map((match) => match[1]);
  const appFiles = [
    ...new Set([...collectInitialChunks(readManifest(appOut), ['index.html', HOME_ROUTE_SRC]), ...preloaded]),
  ];
  const helloFiles = collectInitialChunks(readManifest(helloOut), ['index.html']);
  const appBytes = printSizes('app', gzipSizes(appOut, appFiles));
  const helloBytes = printSizes('hello', gzipSizes(helloOut, helloFiles));

  const value = (appBytes / helloBytes).toFixed(2);
  // Compare the printed value, so that the verdict always agrees with the line people read.
  const failure =
    Number(value) > SIZE_RATIO_BUDGET
      ? `initial JS is ${value} x the React hello-world, over the budget of ${SIZE_RATIO_BUDGET} x ` +
        '(DESIGN.md, Targets); see the file list above for what grew'
      : undefined;
  return { value, unit: 'x', failure };
}
