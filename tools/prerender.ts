// Vite plugin: renders the home page (src/app/prerender.tsx) at build time and puts it into index.html,
// with public/boot.js in <head> to fit it to the visit before the first paint. On a slow phone the
// page then appears as soon as the HTML and the stylesheet arrive, instead of after every script.
// The app's scripts are not fetched by the HTML itself: their addresses go into a data block that
// boot.js reads to load them right after the first paint, so they do not compete with the stylesheet
// for a slow connection before the page is on screen.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';
/** The id of the data block naming the scripts boot.js loads (see public/boot.js). */
const START_DATA_ID = 'kpk-start';

async function renderHome(root: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
    plugins: [react()],
    // Nothing to pre-bundle: the page runs once, in Node (and the scan would trip on virtual modules).
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      renderHomePage: () => Promise<string>;
    };
    return await module.renderHomePage();
  } finally {
    await server.close();
  }
}

export function prerenderHome(): Plugin {
  let root = process.cwd();
  return {
    name: 'krok-prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
        const page = await renderHome(root);
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
        const start = JSON.stringify({ modules, preloads }).replaceAll('<', '\\u003c');
        return rest
          .replace(
            '</head>',
            `  <script type="application/json" id="${START_DATA_ID}">${start}</script>\n` +
              '    <script src="/boot.js"></script>\n  </head>',
          )
          .replace(ROOT_ELEMENT, `<div id="root">${page}</div>`);
      },
    },
  };
}
