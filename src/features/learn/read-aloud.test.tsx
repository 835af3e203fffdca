import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '@/features/learn/read-aloud';
import { createI18n } from '@/lib/i18n';

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** A stand-in for the browser's speech engine: records what it is asked to say. */
function fakeSynthesis(voiceLangs: string[]) {
  const spoken: FakeUtterance[] = [];
  const synthesis = {
    getVoices: () => voiceLangs.map((lang) => ({ lang, name: `voice ${lang}` })),
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synthesis);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { synthesis, spoken };
}

async function renderReadAloud(language = 'pl') {
  const i18n = await createI18n('pl');
  await i18n.loadNamespaces('learn');
  const ui = (text: string) => (
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <ReadAloud text={text} language={language} />
      </MemoryRouter>
    </I18nextProvider>
  );
  const { rerender } = render(ui('Krok pierwszy. Zaloguj się.'));
  /** The next step: the same reader gets a new text. */
  return { nextStep: (text: string) => rerender(ui(text)) };
}

describe('ReadAloud', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the step in Polish, pauses, resumes and starts again', async () => {
    const { synthesis, spoken } = fakeSynthesis(['pl-PL', 'en-GB']);
    await renderReadAloud();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Przeczytaj na głos' }));
    expect(spoken[0]?.text).toBe('Krok pierwszy. Zaloguj się.');
    expect(spoken[0]?.lang).toBe('pl-PL');
    expect(spoken[0]?.voice).toMatchObject({ lang: 'pl-PL' });
    await user.click(screen.getByRole('button', { name: 'Zatrzymaj' }));
    expect(synthesis.pause).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Czytaj dalej' }));
    expect(synthesis.resume).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Od początku' }));
    expect(spoken).toHaveLength(2);
  });

  it('stops reading the old step when the learner moves on, and only then', async () => {
    const { synthesis } = fakeSynthesis(['pl-PL']);
    const { nextStep } = await renderReadAloud();
    // Not reading: moving on stops nothing (the device may be reading something else).
    nextStep('Krok drugi.');
    expect(synthesis.cancel).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Przeczytaj na głos' }));
    const cancelsBefore = synthesis.cancel.mock.calls.length;
    nextStep('Krok trzeci.');
    expect(synthesis.cancel.mock.calls.length).toBe(cancelsBefore + 1);
    expect(await screen.findByRole('button', { name: 'Przeczytaj na głos' })).toBeInTheDocument();
  });

  it('says calmly, once per lesson, when the device has no voice for the language', async () => {
    fakeSynthesis(['en-GB']);
    const { nextStep } = await renderReadAloud('pl');
    expect(screen.getByText(/^Brak głosu do czytania na tym urządzeniu\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Jak dodać głos' })).toHaveAttribute('href', '/settings#speech');
    expect(screen.queryByRole('button', { name: 'Przeczytaj na głos' })).not.toBeInTheDocument();
    // The next steps do not repeat it.
    nextStep('Krok drugi.');
    expect(screen.queryByText(/Brak głosu/)).not.toBeInTheDocument();
  });

  it('says so too when the browser has no speech at all', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    await renderReadAloud();
    expect(screen.getByText(/Brak głosu do czytania/)).toBeInTheDocument();
  });
});
