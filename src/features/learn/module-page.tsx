import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { findModule, type ModuleEntry } from '@/content/catalogue';
import { wordsAt } from '@/features/learn/step-words';
import { ChevronIcon } from '@/ui/icons';
import { usePageTitle } from '@/ui/use-page-title';

function LessonList({ module }: { module: ModuleEntry }) {
  const { t } = useTranslation([module.namespace, 'learn']);
  const lessonWord = wordsAt(t, `${module.namespace}:lessons.`);
  return (
    <ul className="card-list">
      {module.lessons.map((lesson, index) => {
        const body = (
          <>
            <span className="card__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="card__body">
              <span className="card__title">{lessonWord(`${lesson.key}.title`)}</span>
              <span className="card__text">{lessonWord(`${lesson.key}.summary`)}</span>
            </span>
          </>
        );
        return (
          <li key={lesson.id}>
            {module.preparing ? (
              // Announced, not yet openable: no link that would lead to an empty lesson.
              <div className="card card--preparing">{body}</div>
            ) : (
              <Link className="card card--link" to={`/modules/${module.id}/lessons/${lesson.id}`}>
                {body}
                <ChevronIcon />
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The words a module page needs, to load before it is shown as the first page of a visit. */
export async function prepareModulePage(params: { moduleId?: string }): Promise<string[]> {
  const module = findModule(params.moduleId);
  return module ? [module.namespace] : [];
}

export function ModulePage() {
  const { moduleId } = useParams();
  const { t } = useTranslation(['learn', 'common']);
  const module = findModule(moduleId);
  const title = module ? t(`modules.${module.key}.title`) : t('module.notFound');
  usePageTitle(t('common:app.documentTitle', { page: title }));

  if (!module) {
    return (
      <section className="page">
        <h1>{t('module.notFound')}</h1>
        <Link className="button" to="/">
          {t('module.backToModules')}
        </Link>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="module-title">
      <p className="breadcrumb">
        <Link to="/">{t('module.backToModules')}</Link>
      </p>
      <h1 id="module-title">{title}</h1>
      <p className="lead">{t(`modules.${module.key}.summary`)}</p>
      <h2>{t('module.lessonsHeading')}</h2>
      {module.preparing ? <p className="callout">{t('module.preparing')}</p> : null}
      <LessonList module={module} />
    </section>
  );
}
