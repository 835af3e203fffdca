import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, moduleFigures, sentences, syllables } from './plain-language';

// The shared tool sits beside the project (../shared), as on CI; the comparison is skipped without it.
const SHARED_TOOL = resolve(process.cwd(), '../shared/tools/plain-language.mjs');

describe('plain-language figures', () => {
  it('counts Polish syllables, an "i" before a vowel not counting', () => {
    expect(syllables('zastrzeżenie')).toBe(4);
    expect(syllables('blokada')).toBe(3);
    expect(syllables('telefonie')).toBe(4);
    expect(syllables('PESEL')).toBe(2);
  });

  it('splits sentences at punctuation and lines, keeping list labels and abbreviations', () => {
    expect(sentences('Krok 1. Wejdź na stronę. Potem np. kliknij.\n- bateria,\n- pogoda.')).toEqual([
      'Krok 1. Wejdź na stronę.',
      'Potem np. kliknij.',
      '- bateria,',
      '- pogoda.',
    ]);
  });

  it('finds the longest sentence and the long-word share of the prose', () => {
    const figures = moduleFigures([
      ['a.title', 'Zastrzeżenie'],
      ['a.body', 'To jest zastrzeżenie numeru. Krótkie zdanie tutaj.'],
    ]);
    // Prose only: the title is not prose; 1 long word of 7 plain words.
    expect(figures.longShare).toBe(14.3);
    expect(figures.longest?.text).toBe('To jest zastrzeżenie numeru.');
    expect(analyse('k', '1. Dwa {{count}} słowa.')[0]?.words).toBe(3);
  });

  it.runIf(existsSync(SHARED_TOOL))('agrees with the shared tool on the same sentences', () => {
    const sample =
      'Zastrzeżenie utrudnia oszustom wzięcie kredytu. Krok 2. Zarejestruj się, np. na ul. Długiej.\n- pole,\n1. Otwórz „Ustawienia”… Gotowe!';
    const checked = ['zastrzeżenie', 'niepełnosprawności', 'aplikacji', 'mObywatel', 'autobus'];
    // The shared tool runs in its own Node process: it lives outside this project's module graph.
    const script = `import { sentences, syllables } from ${JSON.stringify(pathToFileURL(SHARED_TOOL).href)};
      console.log(JSON.stringify({ sentences: sentences(${JSON.stringify(sample)}),
        syllables: ${JSON.stringify(checked)}.map((word) => syllables(word)) }));`;
    const shared = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as { sentences: string[]; syllables: number[] };
    expect(sentences(sample)).toEqual(shared.sentences);
    expect(checked.map((word) => syllables(word))).toEqual(shared.syllables);
  });
});
