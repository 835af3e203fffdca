import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router';
import { updateApp, usePwaStatus } from '@/app/pwa-status';
import { RouteErrorBoundary } from '@/app/route-error-boundary';
import { UpdatePrompt, useOfflineReadyLine } from '@/app/update-prompt';
import type { StorageProblemCode } from '@/db/storage-problems';
import { CloudOffIcon, HomeIcon } from '@/ui/icons';
import { Notice } from '@/ui/notice';
import { useOnlineStatus } from '@/ui/use-online-status';

// Shown only on a device shared by several learners; it needs the database, so it loads after the page.
const ProfileSwitcher = lazy(() =>
  import('@/features/settings/profile-switcher').then((m) => ({ default: m.ProfileSwitcher })),
);

const noSubscription = () => () => undefined;

/** False while the page is prerendered at build time (which cannot load lazy parts), true in the browser. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Rendered after the page, inside its Suspense boundary: once the page is live (rendered, or taken over
 * from the prerendered HTML — which happens boundary by boundary), the prerendered page's stand-in rules
 * stop applying (styles.css) and boot.js repeats any tap made before (public/boot.js). Before paint.
 */
function LiveMarker() {
  useLayoutEffect(() => {
    document.documentElement.dataset.prerendered = 'live';
    document.dispatchEvent(new Event('kpk:live'));
  }, []);
  return null;
}

/** Listens for storage problems reported by the data layer, loaded lazily to keep Dexie off start-up. */
function useStorageProblem(): StorageProblemCode | undefined {
  const [problem, setProblem] = useState<StorageProblemCode>();
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    import('@/db/storage-problems').then(({ onStorageProblem }) => {
      if (cancelled) return;
      unsubscribe = onStorageProblem((problem) => setProblem(problem.code));
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
  return problem;
}

/** After an in-app navigation, moves focus to the new page's heading so screen readers announce it. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const pwa = usePwaStatus();
  const offlineReadyLine = useOfflineReadyLine(pwa.offlineReady);
  const lessonOpen = useMatch('/modules/:moduleId/lessons/:lessonId') !== null;
  const storageProblem = useStorageProblem();
  const inBrowser = useInBrowser();
  useFocusOnNavigate();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <Link to="/" className="home-link">
          <HomeIcon />
          <span>{t('nav.home')}</span>
        </Link>
        {inBrowser ? (
          <Suspense fallback={null}>
            <ProfileSwitcher />
          </Suspense>
        ) : null}
        <p className="offline-status" role="status">
          {online ? null : (
            <span className="with-icon">
              <CloudOffIcon />
              {t('status.offline')}
            </span>
          )}
          {online && offlineReadyLine ? (
            <span className="offline-ready">{t('status.offlineReady')}</span>
          ) : null}
        </p>
      </header>
      <div className="shell-notices">
        {storageProblem ? (
          <Notice tone="warning" live>
            {t(`errors.storage.${storageProblem}`)}
          </Notice>
        ) : null}
        <UpdatePrompt
          needRefresh={pwa.needRefresh}
          lessonOpen={lessonOpen}
          onUpdate={() => void updateApp()}
        />
      </div>
      <main id="main" className="app-main">
        <RouteErrorBoundary>
          <Suspense fallback={<p className="loading page-loading">{t('status.loading')}</p>}>
            <Outlet />
            <LiveMarker />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="app-footer">
        <nav aria-label={t('nav.main')}>
          <ul className="footer-nav">
            <li>
              <NavLink to="/progress">{t('nav.progress')}</NavLink>
            </li>
            <li>
              <NavLink to="/settings">{t('nav.settings')}</NavLink>
            </li>
            <li>
              <NavLink to="/staff">{t('nav.staff')}</NavLink>
            </li>
            <li>
              <NavLink to="/accessibility">{t('nav.accessibility')}</NavLink>
            </li>
          </ul>
        </nav>
      </footer>
    </div>
  );
}
