// The route table. Every page is a lazily loaded chunk; the shell (layout) is in the entry chunk.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';

const loadHomePage = () => import('@/features/learn/home-page');
const HomePage = lazy(() => loadHomePage().then((m) => ({ default: m.HomePage })));
const ModulePage = lazy(() =>
  import('@/features/learn/module-page').then((m) => ({ default: m.ModulePage })),
);
const LessonPage = lazy(() =>
  import('@/features/learn/lesson-page').then((m) => ({ default: m.LessonPage })),
);
const ProgressPage = lazy(() =>
  import('@/features/progress/progress-page').then((m) => ({ default: m.ProgressPage })),
);
const SettingsPage = lazy(() =>
  import('@/features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const AccessibilityPage = lazy(() =>
  import('@/features/settings/accessibility-page').then((m) => ({ default: m.AccessibilityPage })),
);
const StaffPage = lazy(() =>
  import('@/features/workshops/staff-page').then((m) => ({ default: m.StaffPage })),
);
const NotFoundPage = lazy(() => import('@/app/not-found-page').then((m) => ({ default: m.NotFoundPage })));

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

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={ROUTE_PATHS.module} element={<ModulePage />} />
        <Route path={ROUTE_PATHS.lesson} element={<LessonPage />} />
        <Route path={ROUTE_PATHS.progress} element={<ProgressPage />} />
        <Route path={ROUTE_PATHS.settings} element={<SettingsPage />} />
        <Route path={`${ROUTE_PATHS.staff}/*`} element={<StaffPage />} />
        <Route path={ROUTE_PATHS.accessibility} element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/**
 * Starts loading what the first page needs (its chunk and its words) while the app starts, instead of
 * after the shell has rendered: one round trip less before the learner sees the page.
 */
export function preloadFirstPage(pathname: string): { namespaces: string[] } {
  if (pathname === '/') {
    void loadHomePage();
    return { namespaces: ['learn'] };
  }
  return { namespaces: [] };
}
