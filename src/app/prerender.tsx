// Pages rendered to HTML at build time (tools/prerender.ts): the home page into index.html and each
// lesson into its own modules/<module>/lessons/<lesson>.html, so that a phone on a slow network paints
// the page as soon as the HTML and the stylesheet arrive, before any script runs. Each is what a
// first-time visitor sees, in Polish: the home page with the welcome panel, a lesson at its first step.
// public/boot.js hides what does not fit the visit before the first paint; on a first visit the app
// takes the page over as it is (hydration), so it renders here exactly the tree the browser renders.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { preloadFirstPage } from '@/app/routes';
import { MODULES } from '@/content/catalogue';
import { DEFAULT_PROFILE_ID } from '@/db/profiles';
import { primeLessonProgress } from '@/features/learn/data/lesson-progress';
import { wordsAt } from '@/features/learn/step-words';
import { createI18n } from '@/lib/i18n';

export type PrerenderedPage = {
  /** The address, e.g. `/` or `/modules/drones/lessons/categories`. */
  path: string;
  /** `home` or `lesson`: boot.js treats them differently. */
  kind: 'home' | 'lesson';
  /** The document title. */
  title: string;
  /** The HTML to put inside #root. */
  html: string;
};

type PageSpec = {
  path: string;
  kind: PrerenderedPage['kind'];
  lessonId?: string;
  /** The key of a lesson's title (words built from content, so not a typed key). */
  titleKey?: string;
};

/** Every page that is prerendered: the home page and every lesson of the finished modules. */
export function prerenderedPages(): PageSpec[] {
  const lessons = MODULES.filter((module) => !module.preparing).flatMap((module) =>
    module.lessons.map((lesson) => ({
      path: `/modules/${module.id}/lessons/${lesson.id}`,
      kind: 'lesson' as const,
      lessonId: lesson.id,
      titleKey: `${module.namespace}:lessons.${lesson.key}.title`,
    })),
  );
  return [{ path: '/', kind: 'home' }, ...lessons];
}

export async function renderPage(spec: PageSpec): Promise<PrerenderedPage> {
  // As a new learner opens it: no progress, the first step (the database is not read here).
  if (spec.lessonId) primeLessonProgress(spec.lessonId, { owner: DEFAULT_PROFILE_ID, progress: undefined });
  // What main.tsx does before its first render: the page's chunk and words, loaded.
  const { namespaces, ready } = preloadFirstPage(spec.path);
  const i18n = await createI18n('pl', namespaces);
  await i18n.loadNamespaces(await ready);
  const html = renderToString(
    <StrictMode>
      <App i18n={i18n} path={spec.path} />
    </StrictMode>,
  );
  const title = spec.titleKey
    ? i18n.t('common:app.documentTitle', { page: wordsAt(i18n.t, '')(spec.titleKey) })
    : i18n.t('common:app.title');
  return { path: spec.path, kind: spec.kind, title, html };
}

/** The home page as it is put into index.html. */
export async function renderHomePage(): Promise<string> {
  const [home] = prerenderedPages();
  return (await renderPage(home as PageSpec)).html;
}
