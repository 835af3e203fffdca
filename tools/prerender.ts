// Vite plugin: renders pages at build time (src/app/prerender.tsx) — the home page into index.html and
// each lesson into modules/<module>/lessons/<lesson>.html — with public/boot.js in <head> to fit
// them to the visit before the first paint. On a slow phone a page then appears as soon as the HTML
// and the stylesheet arrive, instead of after every script.
// The app's scripts are not fetched by the HTML itself: their addresses go into a data block that
// boot.js reads to load them right after the first paint, so they do not compete with the stylesheet
// for a slow connection before the page is on screen.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { PrerenderedPage, prerenderedPages, renderPage } from '../src/app/prerender.tsx';

const ROOT_ELEMENT = '<div id="root"></div>';
/** The id of the data block naming the scripts boot.js loads (see public/boot.js). */
const START_DATA_ID = 'kpk-start';

type PrerenderModule = { renderPage: typeof renderPage; prerenderedPages: typeof prerenderedPages };

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

export function prerenderHome(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  /** index.html with the scripts moved into the start data, before any page is put in. */
  let template: { html: string; modules: string[]; preloads: string[] } | undefined;

  async function load(): Promise<PrerenderModule> {
    server ??= await createServer({
      configFile: false,
      root,
      logLevel: 'error',
      appType: 'custom',
      resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
      plugins: [react()],
      // Nothing to pre-bundle: the pages render once, in Node (and the scan trips on virtual modules).
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    return (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
  }

  function fill(page: PrerenderedPage): string {
    if (!template) throw new Error('index.html was not transformed before the pages were written');
    const start = JSON.stringify({
      page: page.path,
      kind: page.kind,
      modules: template.modules,
      preloads: template.preloads,
    }).replaceAll('<', '\\u003c');
    return template.html
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
      .replace(
        '</head>',
        `  <script type="application/json" id="${START_DATA_ID}">${start}</script>\n` +
          '    <script src="/boot.js"></script>\n  </head>',
      )
      .replace(ROOT_ELEMENT, `<div id="root">${page.html}</div>`);
  }

  async function closeServer() {
    await server?.close();
    server = undefined;
  }

  return {
    name: 'krok-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
        // The regular and bold Latin fonts, fetched with the stylesheet: text is then drawn once, in
        // its own font, instead of in a fallback that moves the page when the font arrives.
        const fonts = Object.keys(context.bundle ?? {}).filter((file) =>
          /atkinson-hyperlegible-next-latin-(400|700)-normal-[^/]*\.woff2$/.test(file),
        );
        const fontLinks = fonts
          .map((file) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="/${file}">`)
          .join('\n    ');
        const modules: string[] = [];
        const preloads: string[] = [];
        const rest = html
          .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_tag, src: string) => {
            modules.push(src);
            return '';
          })
          .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
            preloads.push(href);
            return '';
          });
        if (modules.length !== 1) throw new Error(`expected one entry script, found ${modules.length}`);
        template = { html: rest.replace('</title>', `</title>\n    ${fontLinks}`), modules, preloads };
        const { renderPage, prerenderedPages } = await load();
        const home = prerenderedPages().find((page) => page.kind === 'home');
        if (!home) throw new Error('no home page to prerender');
        return fill(await renderPage(home));
      },
    },
    async writeBundle(options) {
      const outDir = options.dir ?? join(root, 'dist');
      try {
        const { renderPage, prerenderedPages } = await load();
        for (const spec of prerenderedPages().filter((page) => page.kind !== 'home')) {
          // `<path>.html`: what `vite preview` (and most static hosts) serve for an address without a slash.
          const file = join(outDir, `${spec.path}.html`);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, fill(await renderPage(spec)));
        }
      } finally {
        await closeServer();
      }
    },
    async buildEnd(error) {
      if (error) await closeServer();
    },
  };
}
