// The home page as HTML, rendered at build time (tools/prerender.ts) into index.html, so that a phone
// on a slow network paints the page as soon as the HTML and the stylesheet arrive, before any script
// runs. It is what a first-time visitor sees in Polish: the welcome panel and the five module cards,
// with no progress. public/boot.js hides what does not fit a returning learner before the first paint,
// and the app, once loaded, replaces it with the same page, live.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';
import { HomePage } from '@/features/learn/home-page';
import { createI18n } from '@/lib/i18n';

/** The class of the element that wraps the prerendered page inside #root (see boot.js and styles.css). */
export const PRERENDERED_CLASS = 'prerendered';

export async function renderHomePage(): Promise<string> {
  const i18n = await createI18n('pl', ['learn', 'settings']);
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return `<div class="${PRERENDERED_CLASS}">${html}</div>`;
}
