// The content model's schema: modules, lessons and steps as typed data, validated with zod at build
// (`npm run content:check`) and when the lesson player loads a module. The words of every step are
// i18next keys in locales/<lng>/<module>.json under `lessons.<lessonKey>.steps.<stepId>.…`.
import '@/lib/zod-setup';
import { z } from 'zod';
import { busTimetableSimulation } from '@/content/simulations/bus-timetable';
import { droneChecklistSimulation } from '@/content/simulations/drone-checklist';
import { droneZoneMapSimulation } from '@/content/simulations/drone-zone-map';
import { gatewayLoginSimulation } from '@/content/simulations/gateway-login';
import { messengerChatSimulation } from '@/content/simulations/messenger-chat';
import { mobywatelSetupSimulation } from '@/content/simulations/mobywatel-setup';
import { scamCheckSimulation } from '@/content/simulations/scam-check';
import { ticketPurchaseSimulation } from '@/content/simulations/ticket-purchase';
import { wasteCalendarSimulation } from '@/content/simulations/waste-calendar';
import { wasteSortingSimulation } from '@/content/simulations/waste-sorting';

/** Every simulation's content spec: a new kind is added here, once. */
const SIMULATION_SPECS = [
  gatewayLoginSimulation,
  mobywatelSetupSimulation,
  busTimetableSimulation,
  ticketPurchaseSimulation,
  wasteCalendarSimulation,
  wasteSortingSimulation,
  messengerChatSimulation,
  scamCheckSimulation,
  droneChecklistSimulation,
  droneZoneMapSimulation,
] as const;

type SchemasOf<Specs extends readonly { schema: unknown }[]> = {
  -readonly [K in keyof Specs]: Specs[K]['schema'];
};

/** The schemas of a list of specs, in the same order (a tuple, as `z.discriminatedUnion` needs). */
function schemasOf<Specs extends readonly { schema: unknown }[]>(specs: Specs): SchemasOf<Specs> {
  return specs.map((spec) => spec.schema) as SchemasOf<Specs>;
}

export const simulationConfigSchema = z.discriminatedUnion('kind', schemasOf(SIMULATION_SPECS));

export type SimulationConfig = z.infer<typeof simulationConfigSchema>;
export type SimulationKind = SimulationConfig['kind'];

/** Ids are used in URLs (lessons) and as i18n key segments (steps, options): plain and stable. */
const lessonId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const wordKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use a camelCase word (letters and digits)');

/** The 21 competences of DigComp 2.2 (JRC, 2022), areas 1–5. */
export const DIGCOMP_COMPETENCES = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
] as const;

const readStep = z.object({
  kind: z.literal('read'),
  id: wordKey,
  /** A picture drawn by the app (src/features/learn/pictures), as `<module>/<name>`. */
  picture: z
    .string()
    .regex(/^[a-z-]+\/[a-z0-9-]+$/)
    .optional(),
  callouts: z
    .array(z.enum(['tip', 'warning']))
    .max(2)
    .optional(),
});

const practiceStep = z.object({
  kind: z.literal('practice'),
  id: wordKey,
  simulation: simulationConfigSchema,
});

const quizStep = z
  .object({
    kind: z.literal('quiz'),
    id: wordKey,
    multiple: z.boolean(),
    options: z
      .array(z.object({ id: wordKey, correct: z.boolean() }))
      .min(2)
      .max(6),
  })
  .refine((quiz) => new Set(quiz.options.map((option) => option.id)).size === quiz.options.length, {
    message: 'option ids must be unique',
  })
  .refine((quiz) => quiz.options.filter((option) => option.correct).length >= 1, {
    message: 'at least one option must be correct',
  })
  .refine((quiz) => quiz.multiple || quiz.options.filter((option) => option.correct).length === 1, {
    message: 'a single-choice quiz needs exactly one correct option',
  });

const checklistStep = z.object({
  kind: z.literal('checklist'),
  id: wordKey,
  items: z.array(wordKey).min(1).max(8),
});
const recapStep = z.object({ kind: z.literal('recap'), id: wordKey, points: z.array(wordKey).min(1).max(6) });

export const stepSchema = z.discriminatedUnion('kind', [
  readStep,
  practiceStep,
  quizStep,
  checklistStep,
  recapStep,
]);

export const lessonSchema = z
  .object({
    id: lessonId,
    key: wordKey,
    digComp: z.array(z.enum(DIGCOMP_COMPETENCES)).min(1),
    /** Source codes of FACTS.md with their addresses, shown at the end of the lesson. */
    sources: z.array(z.object({ code: z.string().regex(/^[A-Z]\d+$/), url: z.string().min(4) })).min(1),
    /** The day the lesson's facts were last checked against the sources. */
    checkedOn: z.iso.date(),
    steps: z.array(stepSchema).min(3),
  })
  .refine((lesson) => new Set(lesson.steps.map((step) => step.id)).size === lesson.steps.length, {
    message: 'step ids must be unique within the lesson',
  })
  .refine((lesson) => lesson.steps.some((step) => step.kind === 'practice'), {
    message: 'every lesson needs at least one practice step (a simulation)',
  });

const moduleFields = {
  id: z.enum(['e-services', 'buses', 'waste', 'messengers', 'drones']),
  key: z.enum(['eServices', 'buses', 'waste', 'messengers', 'drones']),
  namespace: z.enum(['e-services', 'buses', 'waste', 'messengers', 'drones']),
};

/**
 * A module still being written: its lessons are announced by title only (no steps yet), and the app
 * says plainly that they are in preparation instead of opening them.
 */
const preparingLessonSchema = z.object({
  id: lessonId,
  key: wordKey,
  digComp: z.array(z.enum(DIGCOMP_COMPETENCES)),
  sources: z.array(z.object({ code: z.string(), url: z.string() })),
  checkedOn: z.iso.date(),
  steps: z.array(stepSchema).max(0, 'a module in preparation has no steps yet'),
});

const readyModuleSchema = z.object({
  ...moduleFields,
  preparing: z.literal(false).optional(),
  lessons: z.array(lessonSchema).min(3),
});
const preparingModuleSchema = z.object({
  ...moduleFields,
  preparing: z.literal(true),
  lessons: z.array(preparingLessonSchema).min(1),
});

export const moduleSchema = z.union([readyModuleSchema, preparingModuleSchema]);

export type Step = z.infer<typeof stepSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type ModuleDefinition = z.infer<typeof moduleSchema>;
export type StepKind = Step['kind'];

/** Describes where a zod issue is, e.g. `module buses › lesson stop-timetable › step 3 (practice)`. */
export function describeIssuePath(module: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const source = module as {
    id?: string;
    lessons?: { id?: string; steps?: { id?: string; kind?: string }[] }[];
  };
  parts.push(`module ${source?.id ?? '?'}`);
  if (path[0] === 'lessons' && typeof path[1] === 'number') {
    const lesson = source.lessons?.[path[1]];
    parts.push(`lesson ${lesson?.id ?? `#${path[1] + 1}`}`);
    if (path[2] === 'steps' && typeof path[3] === 'number') {
      const step = lesson?.steps?.[path[3]];
      parts.push(
        `step ${path[3] + 1}${step?.id ? ` "${step.id}"` : ''}${step?.kind ? ` (${step.kind})` : ''}`,
      );
      const rest = path.slice(4).map(String).join('.');
      if (rest) parts.push(rest);
    } else if (path.length > 2) parts.push(path.slice(2).map(String).join('.'));
  } else if (path.length > 0) parts.push(path.map(String).join('.'));
  return parts.join(' › ');
}

export class ContentError extends Error {
  override readonly name = 'ContentError';
}

/** Validates a module definition; throws a ContentError naming the module, lesson and step of each problem. */
export function parseModule(module: unknown): ModuleDefinition {
  // Parsed against the one schema the module claims, so problems name their place precisely.
  const schema =
    (module as { preparing?: unknown } | null)?.preparing === true
      ? preparingModuleSchema
      : readyModuleSchema;
  const result = schema.safeParse(module);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${describeIssuePath(module, issue.path)}: ${issue.message}`,
  );
  throw new ContentError(`Malformed lesson content:\n${problems.join('\n')}`);
}

/** The keys, relative to the module namespace, that a lesson needs in every language. */
export function lessonWords(lesson: Lesson): string[] {
  const at = (step: Step, key: string) => `lessons.${lesson.key}.steps.${step.id}.${key}`;
  const words = [`lessons.${lesson.key}.title`, `lessons.${lesson.key}.summary`];
  for (const step of lesson.steps) {
    words.push(at(step, 'title'));
    switch (step.kind) {
      case 'read':
        words.push(at(step, 'body'));
        for (const callout of step.callouts ?? []) words.push(at(step, callout));
        if (step.picture) words.push(at(step, 'pictureAlt'));
        break;
      case 'practice': {
        words.push(at(step, 'goal'), at(step, 'hint'), at(step, 'done'));
        const { kind } = step.simulation;
        const spec = SIMULATION_SPECS.find((entry) => entry.schema.shape.kind.value === kind) as {
          words: (config: SimulationConfig) => string[];
        };
        for (const key of spec.words(step.simulation)) words.push(at(step, key));
        break;
      }
      case 'quiz':
        words.push(at(step, 'question'));
        for (const option of step.options)
          words.push(at(step, `options.${option.id}.text`), at(step, `options.${option.id}.feedback`));
        break;
      case 'checklist':
        for (const item of step.items) words.push(at(step, `items.${item}`));
        break;
      case 'recap':
        for (const point of step.points) words.push(at(step, `points.${point}`));
        break;
    }
  }
  return words;
}
