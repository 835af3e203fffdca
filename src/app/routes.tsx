// The route table. Every page is a lazily loaded chunk; the shell (layout) is in the entry chunk.
import { type ComponentType, lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';

/**
 * A lazily loaded page that renders at once, without a Suspense fallback, once its chunk has been
 * loaded — so the first page, loaded before the app renders, replaces the prerendered HTML without a
 * flash of "Wczytywanie…".
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = pick(module);
      return loaded;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Page, preload };
}

const home = lazyPage(
  () => import('@/features/learn/home-page'),
  (m) => m.HomePage,
);
const modulePage = lazyPage(
  () => import('@/features/learn/module-page'),
  (m) => m.ModulePage,
);
const lesson = lazyPage(
  () => import('@/features/learn/lesson-page'),
  (m) => m.LessonPage,
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
 * Starts loading what the first page needs (its chunk and its words) while the app starts, instead of
 * after the shell has rendered: one round trip less before the learner sees the page. `ready` settles
 * when the page's chunk is loaded (a failed load is left to the route's error boundary).
 */
export function preloadFirstPage(pathname: string): { namespaces: string[]; ready: Promise<void> } {
  const match = PAGES.find(({ path }) => path === '*' || matchPath(path, pathname) !== null) ?? PAGES[0];
  const ready = match.page.preload().then(
    () => undefined,
    () => undefined,
  );
  return { namespaces: [...match.namespaces], ready };
}
