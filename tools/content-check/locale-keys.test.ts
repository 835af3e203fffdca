import { describe, expect, it } from 'vitest';
import { compareNamespace } from './locale-keys';

const polish = {
  nav: { home: 'Strona główna', hello: 'Cześć, {{name}}' },
  lessons_one: '{{count}} lekcja',
  lessons_few: '{{count}} lekcje',
  lessons_many: '{{count}} lekcji',
  lessons_other: '{{count}} lekcji',
};

describe('compareNamespace', () => {
  it('finds nothing when a language has every key with its own plural forms', () => {
    const english = {
      nav: { home: 'Home', hello: 'Hello, {{name}}' },
      lessons_one: '{{count}} lesson',
      lessons_other: '{{count}} lessons',
    };
    expect(compareNamespace(polish, english, 'en')).toEqual([]);
  });

  it('reports missing and extra keys', () => {
    const english = { nav: { hello: 'Hello, {{name}}', away: 'Away' }, lessons_one: 'a', lessons_other: 'b' };
    expect(compareNamespace(polish, english, 'en')).toEqual([
      { kind: 'missing', key: 'nav.home' },
      { kind: 'extra', key: 'nav.away' },
    ]);
  });

  it('reports plural forms the language needs and forms it does not have', () => {
    const english = { nav: { home: 'Home', hello: 'Hello, {{name}}' }, lessons_few: 'x', lessons_other: 'y' };
    const kinds = compareNamespace(polish, english, 'en').map(
      (problem) => `${problem.kind} ${problem.detail}`,
    );
    expect(kinds).toEqual(['plural needs the forms one', 'plural en has no forms few']);
  });

  it('reports a translation that drops an interpolation variable', () => {
    const english = { nav: { home: 'Home', hello: 'Hello' }, lessons_one: 'a', lessons_other: 'b' };
    expect(compareNamespace(polish, english, 'en')[0]).toMatchObject({ kind: 'variables', key: 'nav.hello' });
  });

  it('reports values that are not text', () => {
    const english = { nav: { home: 3, hello: 'Hello, {{name}}' }, lessons_one: 'a', lessons_other: 'b' };
    expect(compareNamespace(polish, english, 'en')).toContainEqual({
      kind: 'type',
      key: 'nav.home',
      detail: 'must be text or a group of texts',
    });
  });
});
