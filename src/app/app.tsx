import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, MemoryRouter } from 'react-router';
import { AppRoutes } from '@/app/routes';

/** The whole app with its providers; `path` renders it at that address without a browser (prerendering). */
export function App({ i18n, path }: { i18n: i18n; path?: string }) {
  return (
    <I18nextProvider i18n={i18n}>
      {path === undefined ? (
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      ) : (
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      )}
    </I18nextProvider>
  );
}
