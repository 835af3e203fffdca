import { describe, expect, it } from 'vitest';
import { collectInitialChunks, HOME_ROUTE_SRC } from './size-ratio.mjs';

/** A manifest shaped like the one Vite writes for the app: an entry, shared chunks, lazy routes. */
const manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b2.js', '_i18n-c3.js'],
    dynamicImports: [HOME_ROUTE_SRC, 'src/features/settings/settings-page.tsx'],
    css: ['assets/index-d4.css'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js' },
  '_i18n-c3.js': { file: 'assets/i18n-c3.js', imports: ['_react-b2.js'] },
  [HOME_ROUTE_SRC]: {
    file: 'assets/home-page-e5.js',
    src: HOME_ROUTE_SRC,
    isDynamicEntry: true,
    imports: ['index.html', '_card-f6.js'],
  },
  '_card-f6.js': { file: 'assets/card-f6.js', imports: ['_icons-g7.js'] },
  '_icons-g7.js': { file: 'assets/icons-g7.js' },
  'src/features/settings/settings-page.tsx': {
    file: 'assets/settings-page-h8.js',
    src: 'src/features/settings/settings-page.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_card-f6.js', '_big-i9.js'],
  },
  '_big-i9.js': { file: 'assets/big-i9.js' },
};

describe('collectInitialChunks', () => {
  it('takes the entry of index.html and its static imports, recursively, each once', () => {
    expect(collectInitialChunks(manifest)).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/i18n-c3.js',
    ]);
  });

  it('adds a lazily loaded route and its own static imports without counting shared chunks twice', () => {
    expect(collectInitialChunks(manifest, ['index.html', HOME_ROUTE_SRC])).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/i18n-c3.js',
      'assets/home-page-e5.js',
      'assets/card-f6.js',
      'assets/icons-g7.js',
    ]);
  });

  it('does not follow dynamic imports nor count CSS', () => {
    const files = collectInitialChunks(manifest);
    expect(files).not.toContain('assets/settings-page-h8.js');
    expect(files).not.toContain('assets/big-i9.js');
    expect(files.every((file) => file.endsWith('.js'))).toBe(true);
  });

  it('survives import cycles', () => {
    const cyclic = {
      'index.html': { file: 'a.js', src: 'index.html', imports: ['_b.js'] },
      '_b.js': { file: 'b.js', imports: ['_c.js'] },
      '_c.js': { file: 'c.js', imports: ['_b.js', 'index.html'] },
    };
    expect(collectInitialChunks(cyclic)).toEqual(['a.js', 'b.js', 'c.js']);
  });

  it('fails clearly when a source has no chunk, e.g. the home route is not lazily loaded', () => {
    expect(() => collectInitialChunks(manifest, ['index.html', 'src/features/learn/missing.tsx'])).toThrow(
      /no chunk with src "src\/features\/learn\/missing.tsx"/,
    );
    expect(() => collectInitialChunks({})).toThrow(/no chunk with src "index.html"/);
  });

  it('fails clearly when an import points at a missing manifest entry', () => {
    const broken = { 'index.html': { file: 'a.js', src: 'index.html', imports: ['_gone.js'] } };
    expect(() => collectInitialChunks(broken)).toThrow(/no entry "_gone.js" \(imported by index.html\)/);
  });
});
