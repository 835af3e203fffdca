import { describe, expect, it } from 'vitest';
import { prerenderedPages, renderHomePage, renderPage } from '@/app/prerender';

describe('the prerendered pages', () => {
  it('home: the Polish home page of a first visit, with the welcome, the five modules and the way around', async () => {
    const page = document.createElement('div');
    page.innerHTML = await renderHomePage();
    expect(page.querySelector('h1')?.textContent).toBe('Czego chcesz się dziś nauczyć?');
    expect(page.querySelector('.welcome h2')?.textContent).toBe('Witamy w aplikacji Krok po kroku');
    const links = [...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    expect(links.filter((href) => href?.startsWith('/modules/'))).toHaveLength(5);
    expect(links).toEqual(
      expect.arrayContaining(['/', '/progress', '/settings', '/staff', '/accessibility']),
    );
  });

  it('a lesson: its first step, titled, with nothing left to load', async () => {
    const spec = prerenderedPages().find((entry) => entry.path === '/modules/messengers/lessons/scams');
    expect(spec).toBeDefined();
    const rendered = await renderPage(spec as NonNullable<typeof spec>);
    const page = document.createElement('div');
    page.innerHTML = rendered.html;
    expect(rendered.title).toMatch(/^Oszustwa.* — Krok po kroku$/);
    expect(page.querySelector('h1')?.textContent).toBe(rendered.title.replace(' — Krok po kroku', ''));
    expect(page.textContent).toMatch(/Krok 1 z \d+/);
    expect(page.textContent).not.toContain('Wczytywanie');
  });

  it('every lesson of every finished module, and no part that could not be rendered ahead of time', async () => {
    const pages = prerenderedPages();
    expect(pages.filter((page) => page.kind === 'lesson').length).toBeGreaterThanOrEqual(15);
    for (const spec of pages) {
      const { html } = await renderPage(spec);
      expect(html, spec.path).not.toContain('<template');
      expect(html, spec.path).not.toContain('<!--$!-->');
      expect(html, spec.path).not.toContain('Wczytywanie');
    }
  });
});
