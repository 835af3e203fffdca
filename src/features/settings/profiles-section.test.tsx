import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/db/database';
import { getActiveProfileId } from '@/db/profiles';
import { renderApp } from '@/testing/render-app';

describe('ProfilesSection and ProfileSwitcher', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });

  it('keeps the switcher away from a single learner', async () => {
    await renderApp({ path: '/settings' });
    await screen.findByRole('heading', { name: 'Kilka osób na jednym urządzeniu' });
    expect(screen.queryByRole('button', { name: /Uczy się:/ })).not.toBeInTheDocument();
  });

  it('adds a second learner, then switches between them with one tap', async () => {
    const { user } = await renderApp({ path: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Dodaj osobę' }));
    expect(screen.getByText('Wpisz imię.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Twoje imię'), 'Jan');
    await user.type(screen.getByLabelText('Imię nowej osoby'), 'Ewa');
    await user.click(screen.getByRole('button', { name: 'Dodaj osobę' }));
    expect(await screen.findByText('Dodano osobę: Ewa. Teraz uczy się Ewa.')).toBeInTheDocument();

    const header = screen.getByRole('banner');
    await user.click(await within(header).findByRole('button', { name: 'Uczy się: Ewa' }));
    await user.click(within(header).getByRole('button', { name: 'Jan' }));
    expect(await within(header).findByRole('button', { name: 'Uczy się: Jan' })).toBeInTheDocument();
    expect(await getActiveProfileId(getDatabase())).toBe('default');
  });
});
