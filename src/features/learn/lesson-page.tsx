import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findLesson, findModule } from '@/content/catalogue';
import { type ModuleDefinition, parseModule } from '@/content/schema';
import {
  lessonProgressStore,
  preloadLessonProgress,
  useLessonProgressOnOpen,
} from '@/features/learn/data/lesson-progress';
import { LessonPlayer } from '@/features/learn/lesson-player';
import { wordsAt } from '@/features/learn/step-words';
import { usePageTitle } from '@/ui/use-page-title';

/** The module validated against the content schema; undefined (and logged) when it is malformed. */
function useValidModule(moduleId: string | undefined): ModuleDefinition | 'invalid' | undefined {
  return useMemo(() => {
    const module = findModule(moduleId);
    if (!module) return undefined;
    try {
      return parseModule(module);
    } catch (error) {
      console.error(error);
      return 'invalid';
    }
  }, [moduleId]);
}

/**
 * Gets a lesson ready to show at once when it is the first page of a visit: reads its progress and
 * names the words it needs. Resolves to the i18next namespaces to load.
 */
export async function prepareLessonPage(params: { moduleId?: string; lessonId?: string }): Promise<string[]> {
  const module = findModule(params.moduleId);
  if (!module || !params.lessonId) return [];
  await preloadLessonProgress(params.lessonId);
  return [module.namespace];
}

export function LessonPage() {
  const { moduleId, lessonId } = useParams();
  const module = useValidModule(moduleId);
  const lesson = module && module !== 'invalid' ? findLesson(module, lessonId) : undefined;
  const namespace = module && module !== 'invalid' ? module.namespace : 'learn';
  const { t } = useTranslation([namespace, 'learn', 'common']);
  const lessonWord = wordsAt(t, `${namespace}:lessons.`);
  const title = lesson ? lessonWord(`${lesson.key}.title`) : t('learn:lesson.notFound');
  usePageTitle(t('common:app.documentTitle', { page: title }));
  const load = useLessonProgressOnOpen(lessonId ?? '');

  if (module === 'invalid') {
    return (
      <section className="page">
        <h1>{t('learn:lesson.notFound')}</h1>
        <p role="alert">{t('learn:player.contentError')}</p>
        <Link className="button" to="/">
          {t('common:nav.home')}
        </Link>
      </section>
    );
  }
  if (!module || !lesson) {
    return (
      <section className="page">
        <h1>{t('learn:lesson.notFound')}</h1>
        <Link className="button" to="/">
          {t('common:nav.home')}
        </Link>
      </section>
    );
  }
  if (module.preparing) {
    return (
      <section className="page" aria-labelledby="lesson-title">
        <h1 id="lesson-title">{title}</h1>
        <p>{t('learn:lesson.preparing')}</p>
        <Link className="button" to={`/modules/${module.id}`}>
          {t('learn:lesson.backToModule')}
        </Link>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="lesson-title">
      <p className="breadcrumb">
        <Link to={`/modules/${module.id}`}>
          {t('learn:lesson.moduleLink', { module: t(`learn:modules.${module.key}.title`) })}
        </Link>
      </p>
      <h1 id="lesson-title">{title}</h1>
      {load.state === 'loading' ? <p className="loading page-loading">{t('common:status.loading')}</p> : null}
      {load.state === 'failed' ? (
        <p className="field-error" role="alert">
          {t('learn:player.progressNotSaved')}
        </p>
      ) : null}
      {load.state !== 'loading' ? (
        <LessonPlayer
          key={lesson.id}
          module={module}
          lesson={lesson}
          initial={load.state === 'ready' ? load.loaded.progress : undefined}
          save={(progress) =>
            load.state === 'ready'
              ? lessonProgressStore.save(load.loaded.owner, progress)
              : Promise.reject(new Error('Progress could not be loaded'))
          }
        />
      ) : null}
    </section>
  );
}
