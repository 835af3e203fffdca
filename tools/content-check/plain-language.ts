// Plain-Polish figures for the content check, the same rules as ../shared/tools/plain-language.mjs
// (kept in step by plain-language.test.ts, which compares the two when the shared tool is present):
// - a module's lesson text is its namespace plus the sim-* namespaces its practice steps use;
// - sentences are split at . ! ? … (after protecting "ul.", "np." and the like) and at line breaks,
//   and a list label such as "1." or "Krok 1." stays with the sentence it introduces;
// - prose is a string with 4 or more words or one that ends in sentence punctuation;
// - a long word has 4 or more syllables (a ą e ę i o ó u y, except an "i" before another vowel);
//   numbers, addresses and {{placeholders}} count towards sentence length but not as words to score.
// The budgets: at most 10 % long words in each module's prose, and no sentence over 20 words.

export const LONG_WORD_SHARE_BUDGET = 10;
export const SENTENCE_WORDS_BUDGET = 20;

const VOWELS = new Set('aąeęioóuy');
const LETTER = /\p{L}/u;
const ABBREVIATIONS = /\b(ul|np|tzw|tj|nr|godz|ok|itp|itd|pkt|al|św|m\.in)\.\s/giu;

export function syllables(word: string): number {
  const lower = word.toLowerCase();
  let count = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const letter = lower[index] ?? '';
    if (!VOWELS.has(letter)) continue;
    if (letter === 'i' && VOWELS.has(lower[index + 1] ?? '')) continue;
    count += 1;
  }
  return count;
}

export function sentences(text: string): string[] {
  const out: string[] = [];
  const guarded = text
    .replace(/\{\{[^}]+\}\}/g, 'X')
    .replace(ABBREVIATIONS, (match) => match.replace('. ', '§ '));
  for (const paragraph of guarded.split(/\n+/)) {
    let carry = '';
    for (const part of paragraph.split(/(?<=[.!?…][”"»)]?)\s+/u)) {
      const piece = (carry ? `${carry} ` : '') + part.trim();
      if (/^(Krok\s+)?\d+\.$/u.test(piece)) {
        carry = piece;
        continue;
      }
      carry = '';
      if (LETTER.test(piece)) out.push(piece.replace(/§ /g, '. '));
    }
    if (carry) out.push(carry);
  }
  return out;
}

export function words(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[„"“«([–—-]+|[”"»)\].,:;!?…–—]+$/gu, ''))
    .filter((token) => /[\p{L}\d]/u.test(token));
}

const isPlainWord = (token: string) => /^\p{L}+(-\p{L}+)*$/u.test(token);
const isProse = (text: string) => words(text).length >= 4 || /[.!?…]\s*$/.test(text.trim());

export type SentenceFigures = { key: string; text: string; words: number; plain: number; long: number };

export function analyse(key: string, text: string): SentenceFigures[] {
  return sentences(text).map((sentence) => {
    const tokens = words(sentence).filter(
      (token, index) => !(index === 0 && /^\d+$/.test(token) && /^\d+\.\s/.test(sentence)),
    );
    const plain = tokens.filter(isPlainWord);
    return {
      key,
      text: sentence,
      words: tokens.length,
      plain: plain.length,
      long: plain.filter((token) => syllables(token) >= 4).length,
    };
  });
}

export type ModuleFigures = {
  /** Long words per 100 plain words in the prose, one decimal (the shared tool's "prose long%"). */
  longShare: number;
  /** The longest sentence of any string, in words, with where it is. */
  longest: SentenceFigures | undefined;
  /** Every sentence over the budget of words. */
  overLong: SentenceFigures[];
};

/** The figures of one module from its strings as [key, text] pairs (module and sim-* namespaces). */
export function moduleFigures(strings: [string, string][]): ModuleFigures {
  const all = strings.flatMap(([key, text]) => analyse(key, text));
  const prose = strings.filter(([, text]) => isProse(text)).flatMap(([key, text]) => analyse(key, text));
  const plain = prose.reduce((sum, sentence) => sum + sentence.plain, 0);
  const long = prose.reduce((sum, sentence) => sum + sentence.long, 0);
  const longest = all.reduce<SentenceFigures | undefined>(
    (best, sentence) => (!best || sentence.words > best.words ? sentence : best),
    undefined,
  );
  return {
    longShare: plain ? Number(((100 * long) / plain).toFixed(1)) : 0,
    longest,
    overLong: all.filter((sentence) => sentence.words > SENTENCE_WORDS_BUDGET),
  };
}
