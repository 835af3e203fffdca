import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findLesson, findModule } from '@/content/catalogue';
import { usePageTitle } from '@/ui/use-page-title';

export function LessonPage() {
  const { moduleId, lessonId } = useParams();
  const module = findModule(moduleId);
  const lesson = module ? findLesson(module, lessonId) : undefined;
  const namespace = module?.namespace ?? 'learn';
  const { t } = useTranslation([namespace, 'learn', 'common']);
  // Lesson keys come from the catalogue, not from literals, so they are checked by content:check.
  const title = lesson ? t(`${namespace}:lessons.${lesson.key}.title` as never) : t('learn:lesson.notFound');
  usePageTitle(t('common:app.documentTitle', { page: title }));

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
  return (
    <section className="page" aria-labelledby="lesson-title">
      <p className="breadcrumb">
        <Link to={`/modules/${module.id}`}>
          {t('learn:lesson.moduleLink', { module: t(`learn:modules.${module.key}.title`) })}
        </Link>
      </p>
      <h1 id="lesson-title">{title}</h1>
      <p className="lead">{t(`${namespace}:lessons.${lesson.key}.summary` as never)}</p>
      <p>{t('learn:lesson.preparing')}</p>
      <Link className="button" to={`/modules/${module.id}`}>
        {t('learn:lesson.backToModule')}
      </Link>
    </section>
  );
}
