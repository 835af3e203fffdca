// The route table. Every page is a lazily loaded chunk; the shell (layout) is in the entry chunk.
import { type ComponentType, lazy } from 'react';
import { matchPath, type Params, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';

const CHUNK_RELOAD_KEY = 'krok:chunk-reload-at';

/**
 * A page's chunk failed to load (the network went away before this tab was controlled by the service
 * worker, or a new version replaced the old chunks). If a service worker now controls the tab, one
 * reload serves the whole app from its cache: the learner sees the page, not an error. A second
 * failure within a minute is a real error and reaches the error boundary.
 */
function recoverFromChunkError(error: unknown): Promise<never> {
  const controlled = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
  const last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0);
  if (controlled && Date.now() - last > 60_000) {
    sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()));
    window.location.reload();
    // The page stays as it is (Suspense keeps its fallback) until the reload replaces it.
    return new Promise<never>(() => undefined);
  }
  return Promise.reject(error);
}

/**
 * A lazily loaded page that renders at once, without a Suspense fallback, once its chunk has been
 * loaded — so the first page, loaded before the app renders, replaces the prerendered HTML without a
 * flash of "Wczytywanie…".
 */
function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  prepare?: (module: M, params: Params) => Promise<string[]>,
) {
  let loaded: ComponentType | undefined;
  const loadPage = () =>
    load()
      .catch(recoverFromChunkError)
      .then((module) => {
        loaded = pick(module);
        return module;
      });
  const Lazy = lazy(() => loadPage().then((module) => ({ default: pick(module) })));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  /** Loads the page and anything it reads on opening; resolves to the extra namespaces it needs. */
  const preload = async (params: Params): Promise<string[]> => {
    const module = await loadPage();
    return prepare ? prepare(module, params) : [];
  };
  return { Page, preload };
}

const home = lazyPage(
  () => import('@/features/learn/home-page'),
  (m) => m.HomePage,
);
const modulePage = lazyPage(
  () => import('@/features/learn/module-page'),
  (m) => m.ModulePage,
  (m, params) => m.prepareModulePage(params),
);
const lesson = lazyPage(
  () => import('@/features/learn/lesson-page'),
  (m) => m.LessonPage,
  (m, params) => m.prepareLessonPage(params),
);
const progress = lazyPage(
  () => import('@/features/progress/progress-page'),
  (m) => m.ProgressPage,
);
const settings = lazyPage(
  () => import('@/features/settings/settings-page'),
  (m) => m.SettingsPage,
);
const accessibility = lazyPage(
  () => import('@/features/settings/accessibility-page'),
  (m) => m.AccessibilityPage,
);
const staff = lazyPage(
  () => import('@/features/workshops/staff-page'),
  (m) => m.StaffPage,
);
const reports = lazyPage(
  () => import('@/app/reports-route'),
  (m) => m.ReportsRoute,
);
const sync = lazyPage(
  () => import('@/app/sync-route'),
  (m) => m.SyncRoute,
);
const notFound = lazyPage(
  () => import('@/app/not-found-page'),
  (m) => m.NotFoundPage,
);

/** Paths of the learner-facing and staff routes, used by links, tests and the e2e route list. */
export const ROUTE_PATHS = {
  home: '/',
  module: '/modules/:moduleId',
  lesson: '/modules/:moduleId/lessons/:lessonId',
  progress: '/progress',
  settings: '/settings',
  staff: '/staff',
  reports: '/reports',
  sync: '/sync',
  accessibility: '/accessibility',
} as const;

/** Each route's page, in the order they are matched; the last one matches everything. */
const PAGES = [
  { path: ROUTE_PATHS.home, page: home, namespaces: ['learn', 'settings'] },
  { path: ROUTE_PATHS.module, page: modulePage, namespaces: ['learn'] },
  { path: ROUTE_PATHS.lesson, page: lesson, namespaces: ['learn'] },
  { path: ROUTE_PATHS.progress, page: progress, namespaces: [] },
  { path: ROUTE_PATHS.settings, page: settings, namespaces: [] },
  { path: `${ROUTE_PATHS.staff}/*`, page: staff, namespaces: [] },
  { path: `${ROUTE_PATHS.reports}/*`, page: reports, namespaces: [] },
  { path: ROUTE_PATHS.sync, page: sync, namespaces: [] },
  { path: ROUTE_PATHS.accessibility, page: accessibility, namespaces: [] },
  { path: '*', page: notFound, namespaces: [] },
] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {PAGES.map(({ path, page }) =>
          path === ROUTE_PATHS.home ? (
            <Route key={path} index element={<page.Page />} />
          ) : (
            <Route key={path} path={path} element={<page.Page />} />
          ),
        )}
      </Route>
    </Routes>
  );
}

/**
 * Starts loading what the first page needs (its chunk, its words, a lesson's progress) while the app
 * starts, instead of after the shell has rendered, so the first render is the finished page.
 * `namespaces` are known from the address; `ready` resolves, once the page's chunk is loaded and
 * prepared, to the further namespaces it needs (none when loading failed: that is left to the
 * route's error boundary).
 */
export function preloadFirstPage(pathname: string): { namespaces: string[]; ready: Promise<string[]> } {
  for (const { path, page, namespaces } of PAGES) {
    const match = path === '*' ? { params: {} } : matchPath(path, pathname);
    if (match) {
      const ready = page.preload(match.params).catch(() => []);
      return { namespaces: [...namespaces], ready };
    }
  }
  return { namespaces: [], ready: Promise.resolve([]) };
}
