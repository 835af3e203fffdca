import { describe, expect, it } from 'vitest';
import { PRERENDERED_CLASS, renderHomePage } from '@/app/prerender';

describe('the prerendered home page', () => {
  it('is the Polish home page of a first visit: welcome, the five modules and the way around', async () => {
    const container = document.createElement('div');
    container.innerHTML = await renderHomePage();
    const page = container.querySelector(`.${PRERENDERED_CLASS}`);
    expect(page).not.toBeNull();
    expect(page?.querySelector('h1')?.textContent).toBe('Czego chcesz się dziś nauczyć?');
    expect(page?.querySelector('.welcome h2')?.textContent).toBe('Witamy w aplikacji Krok po kroku');
    const links = [...(page?.querySelectorAll('a[href]') ?? [])].map((link) => link.getAttribute('href'));
    expect(links.filter((href) => href?.startsWith('/modules/'))).toHaveLength(5);
    expect(links).toEqual(
      expect.arrayContaining(['/', '/progress', '/settings', '/staff', '/accessibility']),
    );
  });

  it('contains no trace of a part that could not be rendered ahead of time', async () => {
    const html = await renderHomePage();
    expect(html).not.toContain('<template');
    expect(html).not.toContain('<!--$!-->');
  });
});
