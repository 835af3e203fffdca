import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '@/db/database';
import { staffPin } from '@/features/workshops/data/staff-pin';
import { renderApp } from '@/testing/render-app';

describe('StaffPage', () => {
  beforeEach(async () => {
    await getDatabase().delete();
    await getDatabase().open();
  });

  it('sets a PIN on first use and opens the staff area', async () => {
    const { user } = await renderApp({ path: '/staff' });
    await user.type(await screen.findByLabelText('PIN'), '4321');
    await user.type(screen.getByLabelText('Powtórz PIN'), '4321');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Strefa prowadzącego' })).toBeInTheDocument();
  });

  it('keeps digits only in the PIN field', async () => {
    const { user } = await renderApp({ path: '/staff' });
    const field = await screen.findByLabelText('PIN');
    await user.type(field, '12ab34');
    expect(field).toHaveValue('1234');
  });

  it('explains a full disk in plain words when the PIN cannot be saved', async () => {
    vi.spyOn(staffPin, 'set').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const { user } = await renderApp({ path: '/staff' });
    await user.type(await screen.findByLabelText('PIN'), '4321');
    await user.type(screen.getByLabelText('Powtórz PIN'), '4321');
    await user.click(screen.getByRole('button', { name: 'Ustaw PIN' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Brakuje miejsca w pamięci telefonu.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dla prowadzących');
  });
});
