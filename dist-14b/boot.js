// Runs in <head> before the first paint, as a classic script (the Content-Security-Policy allows
// scripts from the app's own origin only, so it cannot be inline). It does what the app's module
// scripts, which run later, cannot do without a visible jump:
// 1. applies the learner's text size, theme and motion preferences — exactly as applyPreferences()
//    in src/lib/preferences.ts does (src/app/boot.test.ts checks that the two agree);
// 2. fits the page prerendered into this HTML file (tools/prerender.ts: the home page or a lesson, as
//    a first visit sees it, in Polish) to this visit: hidden on any other address or language, the
//    home page without the welcome panel for a returning learner, a lesson only on a device with no
//    progress yet;
// 3. once the page is on screen, loads the app's scripts, named in the #kpk-start data block that
//    tools/prerender.ts writes into every HTML file;
// 4. remembers taps on the prerendered page's buttons and choices, which do nothing until the app has
//    loaded, and repeats them once the app is live — so a quick "Zaczynamy" on a slow phone is not lost.
(() => {
  const root = document.documentElement;
  let preferences = {};
  let language = null;
  let hasProgress = false;
  try {
    preferences = JSON.parse(localStorage.getItem('kpk.preferences') || '{}') || {};
    language = localStorage.getItem('kpk.language');
    hasProgress = localStorage.getItem('kpk.hasProgress') === '1';
  } catch {
    // Storage unavailable or damaged: the defaults apply, as in the app.
  }
  const size = [100, 125, 150, 175, 200].includes(preferences.textSize) ? preferences.textSize : 100;
  root.style.fontSize = `${(125 * size) / 100}%`;
  root.dataset.theme = preferences.theme === 'contrast' ? 'contrast' : 'standard';
  root.dataset.motion = preferences.reducedMotion === true ? 'reduced' : 'full';

  // The page in this HTML file: the home page in index.html (which also answers every other address),
  // or a lesson at its first step (shown only on a device without progress, which could be further on).
  let startData = {};
  try {
    startData = JSON.parse(document.getElementById('kpk-start')?.textContent || '{}') || {};
  } catch {
    // No prerendered page described: nothing to show early.
  }
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  const fits =
    path === startData.page &&
    (!language || language === 'pl') &&
    !(startData.kind === 'lesson' && hasProgress);
  root.dataset.prerendered = !fits
    ? 'hidden'
    : startData.kind === 'home' && preferences.welcomed === true
      ? 'returning'
      : 'first-visit';

  const taps = [];
  document.addEventListener(
    'click',
    (event) => {
      if (root.dataset.prerendered === 'live') return;
      const control = event.target instanceof Element && event.target.closest('#root :is(button, input)');
      if (!control) return;
      taps.push(
        control instanceof HTMLInputElement
          ? { name: control.name, value: control.value }
          : { text: control.textContent },
      );
    },
    true,
  );
  // The app says when it is live (LiveMarker in src/app/layout.tsx); it may have taken over the very
  // same elements.
  // Taps are repeated one at a time, each after the app has drawn the answer to the one before.
  const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const repeat = (tap) => {
    if (tap.text === undefined) {
      const input = [...document.querySelectorAll('#root input')].find(
        (candidate) => candidate.name === tap.name && candidate.value === tap.value,
      );
      // A choice ticked before the app was live is ticked again, so that the app notices it.
      if (input) input.checked = false;
      input?.click();
    } else {
      [...document.querySelectorAll('#root button')]
        .find((button) => button.textContent === tap.text)
        ?.click();
    }
  };
  document.addEventListener(
    'kpk:live',
    async () => {
      while (taps.length > 0) {
        await settled();
        repeat(taps.shift());
      }
    },
    { once: true },
  );

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const { modules, preloads } = startData;
    for (const href of preloads || []) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    for (const src of modules || []) {
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = src;
      document.head.append(script);
    }
  };
  // Right after the first paint; at once in a tab opened in the background, which paints nothing and
  // where animation frames wait until the tab is shown.
  if (document.visibilityState === 'hidden') setTimeout(start, 0);
  else requestAnimationFrame(() => setTimeout(start, 0));
})();
