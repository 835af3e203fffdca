import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { findLesson, findModule, MODULES } from '@/content/catalogue';
import type { Lesson, ModuleDefinition } from '@/content/schema';
import { lessonSlides, slideMove } from '@/features/workshops/projector/projector-slides';
import { StaffScreen } from '@/features/workshops/staff-ui';
import { usePageTitle } from '@/ui/use-page-title';

type Said = (key: string, options?: Record<string, unknown>) => string;

function Slides({ module, lesson }: { module: ModuleDefinition; lesson: Lesson }) {
  const { t } = useTranslation(['workshops', 'common', module.namespace]);
  const said = t as unknown as Said;
  const navigate = useNavigate();
  const slides = lessonSlides(module, lesson, said);
  const [index, setIndex] = useState(0);
  const stage = useRef<HTMLDivElement>(null);
  const lessonTitle = said(`${module.namespace}:lessons.${lesson.key}.title`);
  usePageTitle(t('common:app.documentTitle', { page: lessonTitle }));
  const last = slides.length - 1;

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate('/staff/projector');
  }, [navigate]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // A focused button handles Enter and Space itself.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
      const move = slideMove(event.key);
      if (!move) return;
      event.preventDefault();
      if (move === 'exit') return exit();
      setIndex((current) =>
        move === 'next'
          ? Math.min(last, current + 1)
          : move === 'previous'
            ? Math.max(0, current - 1)
            : move === 'first'
              ? 0
              : last,
      );
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, exit]);

  const slide = slides[index];
  if (!slide) return null;
  return (
    <div className="projector" ref={stage}>
      <div className="projector__top">
        <h1 className="projector__lesson">{lessonTitle}</h1>
        <p className="projector__count" aria-live="polite">
          {t('projector.count', { step: index + 1, total: slides.length })}
        </p>
      </div>
      <section
        className={`projector__slide projector__slide--${slide.kind}`}
        aria-labelledby="projector-step"
      >
        <h2 id="projector-step">{slide.title}</h2>
        {slide.kind === 'practice' ? <p className="projector__badge">{t('projector.practice')}</p> : null}
        {slide.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {slide.lines.length > 0 ? (
          slide.kind === 'quiz' ? (
            <ol className="projector__lines projector__lines--letters">
              {slide.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          ) : (
            <ul className="projector__lines">
              {slide.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )
        ) : null}
        {slide.callouts.map((callout) => (
          <p key={callout.kind} className={`projector__callout projector__callout--${callout.kind}`}>
            {callout.text}
          </p>
        ))}
      </section>
      <div className="projector__controls">
        <button
          type="button"
          className="button button--quiet"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t('projector.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === last}
          onClick={() => setIndex(index + 1)}
        >
          {t('projector.next')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void stage.current?.requestFullscreen?.().catch(() => undefined)}
        >
          {t('projector.fullScreen')}
        </button>
        <button type="button" className="button button--quiet" onClick={exit}>
          {t('projector.exit')}
        </button>
      </div>
      <p className="projector__keys">{t('projector.keys')}</p>
    </div>
  );
}

/** A lesson on the projector (/staff/projector/:moduleId/:lessonId), very large type, clicker keys. */
export function ProjectorPage() {
  const { t } = useTranslation(['workshops']);
  const { moduleId, lessonId } = useParams();
  const module = findModule(moduleId);
  const lesson = module ? findLesson(module, lessonId) : undefined;
  if (!module || !lesson || lesson.steps.length === 0) {
    return (
      <StaffScreen
        title={t('projector.notFound')}
        back={{ to: '/staff/projector', label: t('projector.title') }}
      >
        <p>{t('projector.notFoundText')}</p>
      </StaffScreen>
    );
  }
  return <Slides key={lesson.id} module={module} lesson={lesson} />;
}

/** Choosing the lesson to show on the projector. */
export function ProjectorChoicePage() {
  const ready = MODULES.filter((module) => !module.preparing);
  const { t } = useTranslation(['workshops', 'learn', ...ready.map((module) => module.namespace)]);
  const said = t as unknown as Said;
  return (
    <StaffScreen title={t('projector.title')} intro={t('projector.intro')}>
      {ready.map((module) => (
        <section key={module.id} aria-labelledby={`projector-${module.id}`}>
          <h2 id={`projector-${module.id}`}>{said(`learn:modules.${module.key}.title`)}</h2>
          <ul className="staff-list">
            {module.lessons
              .filter((lesson) => lesson.steps.length > 0)
              .map((lesson) => (
                <li key={lesson.id}>
                  <Link className="staff-list__item" to={`/staff/projector/${module.id}/${lesson.id}`}>
                    <span className="staff-list__name">
                      {said(`${module.namespace}:lessons.${lesson.key}.title`)}
                    </span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </StaffScreen>
  );
}
