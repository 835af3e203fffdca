// The catalogue of modules and lessons, in the order the learner meets them. Structure only: the
// words are i18next keys in locales/<lng>/<module>.json. Validated by `npm run content:check` and by
// the lesson player when it opens a module (src/content/schema.ts).
import { busesModule } from '@/content/modules/buses';
import { dronesModule } from '@/content/modules/drones';
import { eServicesModule } from '@/content/modules/e-services';
import { messengersModule } from '@/content/modules/messengers';
import { wasteModule } from '@/content/modules/waste';
import type { Lesson, ModuleDefinition } from '@/content/schema';

export type ModuleId = ModuleDefinition['id'];
export type ModuleKey = ModuleDefinition['key'];
export type ModuleEntry = ModuleDefinition;
export type LessonEntry = Lesson;

export const MODULES: readonly ModuleDefinition[] = [
  eServicesModule,
  busesModule,
  wasteModule,
  messengersModule,
  dronesModule,
];

export function findModule(moduleId: string | undefined): ModuleDefinition | undefined {
  return MODULES.find((module) => module.id === moduleId);
}

export function findLesson(module: ModuleDefinition, lessonId: string | undefined): Lesson | undefined {
  return module.lessons.find((lesson) => lesson.id === lessonId);
}
