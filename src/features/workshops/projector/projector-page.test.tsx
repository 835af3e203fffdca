import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findModule } from '@/content/catalogue';
import { staffSession } from '@/features/workshops/staff-session';
import { renderApp } from '@/testing/render-app';

const messengers = findModule('messengers');
const lesson = messengers?.lessons[0];

describe('ProjectorPage', () => {
  beforeEach(() => {
    act(() => staffSession.unlock());
  });
  afterEach(() => {
    act(() => staffSession.lock());
  });

  it('shows a lesson step by step, driven by the keys a clicker sends', async () => {
    if (!messengers || !lesson) throw new Error('no sample lesson');
    const total = lesson.steps.length;
    const { user, i18n } = await renderApp({ path: `/staff/projector/messengers/${lesson.id}` });
    await i18n.loadNamespaces('messengers');
    const stepTitle = (index: number) =>
      i18n.t(`messengers:lessons.${lesson.key}.steps.${lesson.steps[index]?.id}.title` as never) as string;

    expect(await screen.findByText(`Krok 1 z ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(0) })).toBeInTheDocument();
    expect(screen.getByText(/Komunikator to aplikacja w telefonie/)).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(1) })).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(screen.getByText(`Krok 3 z ${total}`)).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByText(`Krok 2 z ${total}`)).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 2, name: stepTitle(total - 1) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Następny krok' })).toBeDisabled();
    await user.keyboard('{Home}');
    expect(screen.getByText(`Krok 1 z ${total}`)).toBeInTheDocument();

    // Leaving the projector, which never locked by itself, asks for the PIN before the staff screens.
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dla prowadzących' })).toBeInTheDocument();
    expect(staffSession.isUnlocked()).toBe(false);
  });
});
