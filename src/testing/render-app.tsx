// renderApp(): the app's routes with every provider, at a given URL, for component tests.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '@/app/routes';
import { createI18n } from '@/lib/i18n';
import type { LanguageCode } from '@/lib/languages';

type RenderAppOptions = { path?: string; language?: LanguageCode };

/** Renders the app at `path` and waits until its page heading is shown. */
export async function renderApp({ path = '/', language = 'pl' }: RenderAppOptions = {}) {
  const i18n: i18n = await createI18n(language);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...view, i18n, user };
}
