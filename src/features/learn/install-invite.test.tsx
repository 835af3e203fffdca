import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InstallInvite } from '@/features/learn/install-invite';
import { createI18n } from '@/lib/i18n';
import { watchInstallPrompt } from '@/lib/install';
import { reloadPreferences } from '@/lib/preferences';

async function renderInvite() {
  const i18n = await createI18n('pl');
  await i18n.loadNamespaces('learn');
  render(
    <I18nextProvider i18n={i18n}>
      <InstallInvite />
    </I18nextProvider>,
  );
}

describe('InstallInvite', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadPreferences();
  });

  it('shows pictured steps on an iPhone, where there is no install prompt', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)',
    );
    await renderInvite();
    expect(screen.getByText(/Naciśnij przycisk „Udostępnij”/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /kwadrat ze strzałką/ })).toBeInTheDocument();
  });

  it('uses the browser’s own prompt where it exists', async () => {
    watchInstallPrompt();
    const prompt = vi.fn().mockResolvedValue(undefined);
    const event = Object.assign(new Event('beforeinstallprompt'), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(event);
    await renderInvite();
    await userEvent.click(screen.getByRole('button', { name: 'Dodaj do ekranu' }));
    expect(prompt).toHaveBeenCalledTimes(1);
  });

  it('does not come back once the learner said not now', async () => {
    await renderInvite();
    await userEvent.click(screen.getByRole('button', { name: 'Nie teraz' }));
    expect(
      screen.queryByRole('heading', { name: 'Dodaj aplikację do ekranu telefonu' }),
    ).not.toBeInTheDocument();
    expect(reloadPreferences().installDeclined).toBe(true);
  });
});
