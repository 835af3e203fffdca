import { describe, expect, it } from 'vitest';
import { MODULES } from '@/content/catalogue';
import { type Lesson, lessonWords, type ModuleDefinition, parseModule } from '@/content/schema';

const lesson: Lesson = {
  id: 'sample-lesson',
  key: 'sampleLesson',
  digComp: ['1.1'],
  sources: [{ code: 'B5', url: 'https://example.org' }],
  checkedOn: '2026-11-22',
  steps: [
    { kind: 'read', id: 'intro', picture: 'buses/stop', callouts: ['warning'] },
    {
      kind: 'quiz',
      id: 'check',
      multiple: true,
      options: [
        { id: 'a', correct: true },
        { id: 'b', correct: true },
      ],
    },
    {
      kind: 'practice',
      id: 'try',
      simulation:
        MODULES[0]?.lessons[0]?.steps.find((step) => step.kind === 'practice')?.simulation ??
        ({ kind: 'scam-check' } as never),
    },
    { kind: 'recap', id: 'end', points: ['one'] },
  ],
};
const sample = (lessons: unknown[]) => ({ id: 'buses', key: 'buses', namespace: 'buses', lessons });

describe('parseModule', () => {
  it('accepts every module of the catalogue', () => {
    for (const module of MODULES) expect(() => parseModule(module)).not.toThrow();
  });

  it('names the module, lesson and step of each problem', () => {
    const broken = structuredClone(lesson) as unknown as {
      steps: { options?: { correct: boolean }[]; id?: string }[];
    };
    broken.steps[1] = { ...broken.steps[1], options: [{ correct: false }] } as never;
    expect(() => parseModule(sample([lesson, lesson, broken]))).toThrow(
      /module buses › lesson sample-lesson › step 2 "check" \(quiz\)/,
    );
  });

  it('refuses a lesson without practice, a single-choice quiz with two right answers and unknown competences', () => {
    const noPractice = {
      ...lesson,
      steps: lesson.steps
        .filter((step) => step.kind !== 'practice')
        .concat([{ kind: 'recap', id: 'more', points: ['x'] }]),
    };
    const twoRight = {
      ...lesson,
      steps: lesson.steps.map((step) => (step.kind === 'quiz' ? { ...step, multiple: false } : step)),
    };
    const badTag = { ...lesson, digComp: ['9.9'] };
    const message = (() => {
      try {
        parseModule(sample([noPractice, twoRight, badTag]));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('lesson sample-lesson: every lesson needs at least one practice step');
    expect(message).toContain('a single-choice quiz needs exactly one correct option');
    expect(message).toContain('› digComp.0');
  });

  it('accepts a module in preparation whose lessons are announced by title only, and nothing more', () => {
    const announced = {
      id: 'announced',
      key: 'announced',
      digComp: [],
      sources: [],
      checkedOn: '2026-11-22',
      steps: [],
    };
    expect(() => parseModule({ ...sample([announced]), preparing: true })).not.toThrow();
    expect(() =>
      parseModule({ ...sample([{ ...announced, steps: lesson.steps }]), preparing: true }),
    ).toThrow(/a module in preparation has no steps yet/);
    expect(() => parseModule(sample([announced, announced, announced]))).toThrow(
      /every lesson needs at least one practice step/,
    );
  });

  it('refuses a module with fewer than three lessons', () => {
    expect(() => parseModule(sample([lesson]))).toThrow(/module buses › lessons/);
  });
});

describe('lessonWords', () => {
  it('lists the words each step kind needs', () => {
    const words = lessonWords(lesson);
    expect(words).toEqual(
      expect.arrayContaining([
        'lessons.sampleLesson.title',
        'lessons.sampleLesson.steps.intro.body',
        'lessons.sampleLesson.steps.intro.warning',
        'lessons.sampleLesson.steps.intro.pictureAlt',
        'lessons.sampleLesson.steps.check.options.b.feedback',
        'lessons.sampleLesson.steps.try.goal',
        'lessons.sampleLesson.steps.try.hint',
        'lessons.sampleLesson.steps.end.points.one',
      ]),
    );
    expect(words).not.toContain('lessons.sampleLesson.steps.intro.tip');
  });
});

describe('the catalogue', () => {
  it('has five modules in the order of DESIGN.md, each with at least three lessons', () => {
    expect(MODULES.map((module: ModuleDefinition) => module.id)).toEqual([
      'e-services',
      'buses',
      'waste',
      'messengers',
      'drones',
    ]);
    for (const module of MODULES) expect(module.lessons.length).toBeGreaterThanOrEqual(3);
  });
});
