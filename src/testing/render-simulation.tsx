// Test helper: renders one simulation as the lesson player would, with real Polish (or English) words
// from the module's locale file, and records what it reports.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { findLesson, findModule } from '@/content/catalogue';
import type { SimulationConfig } from '@/content/schema';
import { PracticeFrame } from '@/features/learn/practice/kit/practice-frame';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { stepPrefix, wordsAt } from '@/features/learn/step-words';
import { createI18n } from '@/lib/i18n';
import type { LanguageCode } from '@/lib/languages';

type RenderSimulationOptions<Config extends SimulationConfig> = {
  component: ComponentType<SimulationProps<Config>>;
  /** Where the practice step is: its words are read from there. */
  moduleId: string;
  lessonId: string;
  stepId: string;
  /** Defaults to the config of that step in the content. */
  config?: Config;
  language?: LanguageCode;
  completed?: boolean;
};

export async function renderSimulation<Config extends SimulationConfig>(
  options: RenderSimulationOptions<Config>,
) {
  const module = findModule(options.moduleId);
  const lesson = module ? findLesson(module, options.lessonId) : undefined;
  const step = lesson?.steps.find((candidate) => candidate.id === options.stepId);
  if (!module || !lesson || !step)
    throw new Error(`No step ${options.moduleId}/${options.lessonId}/${options.stepId}`);
  const config = options.config ?? (step.kind === 'practice' ? (step.simulation as Config) : undefined);
  if (!config) throw new Error(`Step ${options.stepId} is not a practice step; pass a config`);
  const language = options.language ?? 'pl';
  const i18n = await createI18n(language);
  await i18n.loadNamespaces([module.namespace, `sim-${config.kind}`, 'learn']);
  const word = wordsAt(i18n.t, stepPrefix(module.namespace, lesson.key, step.id));
  const onMistake = vi.fn<(hint?: string) => void>();
  const onComplete = vi.fn<() => void>();
  const Component = options.component;
  const user = userEvent.setup();
  // Rendered inside the real practice frame, so tests see the hint after the second mistake and
  // the success message, as the learner does.
  const view = render(
    <I18nextProvider i18n={i18n}>
      <PracticeFrame word={word} initiallyCompleted={options.completed ?? false}>
        {(handlers) => (
          <Component
            config={config}
            word={word}
            language={language}
            onMistake={(hint) => {
              onMistake(hint);
              handlers.onMistake(hint);
            }}
            onComplete={() => {
              onComplete();
              handlers.onComplete();
            }}
            completed={handlers.completed}
          />
        )}
      </PracticeFrame>
    </I18nextProvider>,
  );
  return { ...view, user, onMistake, onComplete, i18n, word };
}
