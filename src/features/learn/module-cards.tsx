import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '@/content/catalogue';
import { ChevronIcon } from '@/ui/icons';

/** How many lessons of each module the learner has finished; absent while unknown. */
export type FinishedByModule = ReadonlyMap<string, number>;

/** The five modules as large cards, with the learner's progress once it is known. */
export function ModuleCards({ finished }: { finished?: FinishedByModule }) {
  const { t } = useTranslation('learn');
  return (
    <ul className="card-list">
      {MODULES.map((module) => {
        const count = module.lessons.length;
        const done = finished?.get(module.id) ?? 0;
        return (
          <li key={module.id}>
            <Link className="card card--link" to={`/modules/${module.id}`}>
              <span className="card__body">
                <span className="card__title">{t(`modules.${module.key}.title`)}</span>
                <span className="card__text">{t(`modules.${module.key}.summary`)}</span>
                <span className="card__meta">
                  {t('home.lessonCount', { count })}
                  {module.preparing ? ` · ${t('home.preparing')}` : null}
                  {done > 0 ? (
                    <>
                      {' · '}
                      {done === count ? t('home.moduleDone') : t('home.moduleProgress', { done, count })}
                    </>
                  ) : null}
                </span>
              </span>
              <ChevronIcon />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
