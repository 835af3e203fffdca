import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lesson, ModuleDefinition } from '@/content/schema';
import { InstallInvite } from '@/features/learn/install-invite';
import { wordsAt } from '@/features/learn/step-words';

type LessonFinishedProps = {
  module: ModuleDefinition;
  lesson: Lesson;
  onAgain: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The end of a lesson: praise, what comes next, and where the facts come from. */
export function LessonFinished({ module, lesson, onAgain, headingRef }: LessonFinishedProps) {
  const { t, i18n } = useTranslation([module.namespace, 'learn']);
  const { t: tLearn } = useTranslation('learn');
  const lessonWord = wordsAt(t, `${module.namespace}:lessons.`);
  const position = module.lessons.findIndex((candidate) => candidate.id === lesson.id);
  const next = module.lessons[position + 1];
  const checkedOn = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', { dateStyle: 'long' }).format(
    new Date(`${lesson.checkedOn}T12:00:00`),
  );

  return (
    <section className="finished" aria-labelledby="finished-title">
      <h2 id="finished-title" ref={headingRef} tabIndex={-1}>
        {tLearn('player.finished.title')}
      </h2>
      <p className="lead">{tLearn('player.finished.body', { lesson: lessonWord(`${lesson.key}.title`) })}</p>
      <div className="finished__actions">
        {next ? (
          <Link className="button" to={`/modules/${module.id}/lessons/${next.id}`}>
            {tLearn('player.finished.next', { lesson: lessonWord(`${next.key}.title`) })}
          </Link>
        ) : null}
        <Link className={next ? 'button button--quiet' : 'button'} to={`/modules/${module.id}`}>
          {tLearn('player.finished.backToModule')}
        </Link>
        <button type="button" className="button button--quiet" onClick={onAgain}>
          {tLearn('player.finished.again')}
        </button>
      </div>
      <InstallInvite />
      <h3>{tLearn('player.finished.sources')}</h3>
      <ul className="sources">
        {lesson.sources.map((source) => (
          <li key={source.code}>
            <a href={source.url} rel="noopener noreferrer" target="_blank" lang="pl">
              {source.url.replace(/^https?:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
      <p>{tLearn('player.finished.checkedOn', { date: checkedOn })}</p>
      <p>{tLearn('player.finished.digComp', { list: lesson.digComp.join(', ') })}</p>
    </section>
  );
}
