import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n, rememberedLanguage } from '@/lib/i18n';

describe('createI18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.head.innerHTML = '<link rel="manifest" href="/manifest.webmanifest" />';
  });

  it('uses the Polish plural forms for one, few and many', async () => {
    const i18n = await createI18n('pl');
    await i18n.loadNamespaces('learn');
    const count = (n: number) => i18n.t('learn:home.lessonCount', { count: n });
    expect([1, 2, 4, 5, 12, 22, 25, 101].map(count)).toEqual([
      '1 lekcja',
      '2 lekcje',
      '4 lekcje',
      '5 lekcji',
      '12 lekcji',
      '22 lekcje',
      '25 lekcji',
      '101 lekcji',
    ]);
  });

  it('uses the English plural forms in English', async () => {
    const i18n = await createI18n('en');
    await i18n.loadNamespaces('learn');
    expect(i18n.t('learn:home.lessonCount', { count: 1 })).toBe('1 lesson');
    expect(i18n.t('learn:home.lessonCount', { count: 5 })).toBe('5 lessons');
  });

  it('points <html lang> and the manifest at the language and remembers the choice', async () => {
    const i18n = await createI18n('pl');
    expect(document.documentElement.lang).toBe('pl');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
      '/manifest.en.webmanifest',
    );
    expect(rememberedLanguage()).toBe('en');
    const next = await createI18n();
    expect(next.language).toBe('en');
    expect(next.t('nav.home')).toBe('Home');
  });

  it('starts in Polish when nothing or something unknown was remembered', async () => {
    expect(rememberedLanguage()).toBe('pl');
    localStorage.setItem('kpk.language', 'xx');
    expect(rememberedLanguage()).toBe('pl');
    const i18n = await createI18n();
    expect(i18n.t('nav.home')).toBe('Strona główna');
  });

  it('falls back to Polish for a text missing in another language', async () => {
    const i18n = await createI18n('en');
    await i18n.loadLanguages('pl');
    i18n.addResource('pl', 'common', 'onlyInPolish', 'Tylko po polsku');
    expect(i18n.t('onlyInPolish' as never)).toBe('Tylko po polsku');
  });
});
