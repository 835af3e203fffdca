// Runs in <head> before the first paint, as a classic script (the Content-Security-Policy allows
// scripts from the app's own origin only, so it cannot be inline). It does two things the app's
// module scripts, which run later, cannot do without a visible jump:
// 1. applies the learner's text size, theme and motion preferences — exactly as applyPreferences()
//    in src/lib/preferences.ts does (src/app/boot.test.ts checks that the two agree);
// 2. fits the home page prerendered into index.html (a first visit, in Polish) to this visit: hidden
//    on any other address or language, and without the welcome panel for a returning learner;
// 3. once the page is on screen, loads the app's scripts, named in the #kpk-start data block that
//    tools/prerender.ts writes into index.html;
// 4. remembers taps on the prerendered page's buttons and choices, which do nothing until the app has
//    loaded, and repeats them on the live page once it has replaced the prerendered one — so a quick
//    "Zaczynamy" on a slow phone is not lost.
(() => {
  const root = document.documentElement;
  let preferences = {};
  let language = null;
  try {
    preferences = JSON.parse(localStorage.getItem('kpk.preferences') || '{}') || {};
    language = localStorage.getItem('kpk.language');
  } catch {
    // Storage unavailable or damaged: the defaults apply, as in the app.
  }
  const size = [100, 125, 150, 175, 200].includes(preferences.textSize) ? preferences.textSize : 100;
  root.style.fontSize = `${(125 * size) / 100}%`;
  root.dataset.theme = preferences.theme === 'contrast' ? 'contrast' : 'standard';
  root.dataset.motion = preferences.reducedMotion === true ? 'reduced' : 'full';
  const fits = window.location.pathname === '/' && (!language || language === 'pl');
  root.dataset.prerendered = !fits ? 'hidden' : preferences.welcomed === true ? 'returning' : 'first-visit';

  const taps = [];
  document.addEventListener(
    'click',
    (event) => {
      const control =
        event.target instanceof Element && event.target.closest('.prerendered :is(button, input)');
      if (!control) return;
      taps.push(
        control instanceof HTMLInputElement
          ? { name: control.name, value: control.value }
          : { text: control.textContent },
      );
    },
    true,
  );
  const replayTaps = () => {
    for (const tap of taps.splice(0)) {
      const live =
        tap.text === undefined
          ? [...document.querySelectorAll('#root input')].find(
              (input) => input.name === tap.name && input.value === tap.value,
            )
          : [...document.querySelectorAll('#root button')].find((button) => button.textContent === tap.text);
      live?.click();
    }
  };
  const watchForTheLivePage = () => {
    const appRoot = document.getElementById('root');
    if (!appRoot?.querySelector('.prerendered')) return;
    const observer = new MutationObserver(() => {
      if (appRoot.querySelector('.prerendered')) return;
      observer.disconnect();
      setTimeout(replayTaps, 0);
    });
    observer.observe(appRoot, { childList: true });
  };

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    watchForTheLivePage();
    const { modules, preloads } = JSON.parse(document.getElementById('kpk-start')?.textContent || '{}');
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
