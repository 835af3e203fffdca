// A lesson as projector slides: one slide per step, with the words the projector shows. Reads the
// content model (src/content) and the lesson's locale namespace; knows nothing of the lesson player.
import type { Lesson, ModuleDefinition, Step } from '@/content/schema';

export type Slide = {
  stepId: string;
  kind: Step['kind'];
  title: string;
  /** Paragraphs of running text. */
  paragraphs: string[];
  /** Numbered or bulleted lines: quiz options, checklist items, recap points. */
  lines: string[];
  callouts: { kind: 'tip' | 'warning'; text: string }[];
};

type Said = (key: string) => string;

/** Builds the slides of a lesson with `t`, which must have the module's namespace loaded. */
export function lessonSlides(module: ModuleDefinition, lesson: Lesson, t: Said): Slide[] {
  const base = `${module.namespace}:lessons.${lesson.key}.steps`;
  const text = (stepId: string, field: string) => t(`${base}.${stepId}.${field}`);
  const paragraphs = (value: string) =>
    value
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean);
  return lesson.steps.map((step) => {
    const slide: Slide = {
      stepId: step.id,
      kind: step.kind,
      title: text(step.id, 'title'),
      paragraphs: [],
      lines: [],
      callouts: [],
    };
    switch (step.kind) {
      case 'read':
        slide.paragraphs = paragraphs(text(step.id, 'body'));
        slide.callouts = (step.callouts ?? []).map((kind) => ({ kind, text: text(step.id, kind) }));
        break;
      case 'practice':
        slide.paragraphs = paragraphs(text(step.id, 'goal'));
        break;
      case 'quiz':
        slide.paragraphs = [text(step.id, 'question')];
        slide.lines = step.options.map((option) => text(step.id, `options.${option.id}.text`));
        break;
      case 'checklist':
        slide.lines = step.items.map((item) => text(step.id, `items.${item}`));
        break;
      case 'recap':
        slide.lines = step.points.map((point) => text(step.id, `points.${point}`));
        break;
    }
    return slide;
  });
}

/** Keys a presentation clicker or a keyboard sends, and where they go. */
export function slideMove(key: string): 'next' | 'previous' | 'first' | 'last' | 'exit' | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}
