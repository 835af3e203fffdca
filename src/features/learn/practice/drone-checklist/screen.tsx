// UI half of the 'drone-checklist' simulation: a list of statements with real checkboxes and one
// "Sprawdź" button. A ticked distractor is explained, a missing required item is counted; nothing is
// scolded. When everything fits, the list of what belongs to a correct check is shown with reasons.
import '@/features/learn/practice/drone-checklist/styles.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DroneChecklistConfig } from '@/content/simulations/drone-checklist';
import { type ChecklistAction, checklistStep, START } from '@/features/learn/practice/drone-checklist/logic';
import { SimulatedApp } from '@/features/learn/practice/kit/simulated-app';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';
import { useSimulation } from '@/features/learn/practice/kit/use-simulation';

export function DroneChecklist(props: SimulationProps<DroneChecklistConfig>) {
  const { config, word } = props;
  const { t } = useTranslation('sim-drone-checklist');
  const hintId = useId();
  const text = (id: string) => word(`items.${id}.text`);
  const explain = (id: string) => word(`items.${id}.explain`);

  const { state, act, again, reviewing, tries, countTry, focusRef } = useSimulation(props, {
    start: () => START,
    step: (before, action: ChecklistAction) => {
      const result = checklistStep(config.items, before, action);
      const feedback = result.state.feedback;
      // With only missing items, the hint after the second mistake names one of them.
      const [firstMissing] = feedback?.kind === 'wrong' ? feedback.verdict.missing : [];
      if (
        result.mistake &&
        feedback?.kind === 'wrong' &&
        feedback.verdict.wrongTicked.length === 0 &&
        firstMissing
      )
        return { ...result, hint: t('hintMissing', { item: text(firstMissing) }) };
      return result;
    },
    finished: (current) => current.solved,
    focusAfter: (_action, result, before) => (result.state.solved && !before.solved ? 'heading' : undefined),
  });

  function check() {
    // Every check counts, so the same message after another check is announced again.
    if (!act({ type: 'check' }).mistake) countTry();
  }

  if (reviewing || state.solved) {
    const required = config.items.filter((item) => item.required);
    const List = config.ordered ? 'ol' : 'ul';
    return (
      <SimulatedApp
        kind="drone-checklist"
        app={t(`lists.${config.list}`)}
        heading={t('rightTitle')}
        headingRef={focusRef('heading')}
        footer={
          // Starting again puts the focus on the first box of the list.
          <button type="button" className="button button--quiet" onClick={() => again('list')}>
            {t('again')}
          </button>
        }
      >
        <p>{config.ordered ? t('summaryOrdered') : t('summary')}</p>
        <List className="drone-checklist__summary">
          {required.map((item) => (
            <li key={item.id}>
              <strong>{text(item.id)}</strong>
              <span className="drone-checklist__why">{explain(item.id)}</span>
            </li>
          ))}
        </List>
      </SimulatedApp>
    );
  }

  const feedback = state.feedback;
  return (
    <SimulatedApp
      kind="drone-checklist"
      app={t(`lists.${config.list}`)}
      status={
        <>
          {feedback?.kind === 'empty' ? (
            <p key={tries} className="drone-checklist__note">
              {t('nothingTicked')}
            </p>
          ) : null}
          {feedback?.kind === 'wrong' ? (
            <div key={tries} className="sim__wrong">
              <p className="drone-checklist__wrong-title">{t('wrongTitle')}</p>
              {feedback.verdict.wrongTicked.length > 0 ? (
                <ul>
                  {feedback.verdict.wrongTicked.map((id) => (
                    <li key={id}>{t('wrongItem', { item: text(id), explain: explain(id) })}</li>
                  ))}
                </ul>
              ) : null}
              {feedback.verdict.missing.length > 0 ? (
                <p>{t('missing', { count: feedback.verdict.missing.length })}</p>
              ) : null}
            </div>
          ) : null}
        </>
      }
    >
      <fieldset className="choice-group drone-checklist__list" aria-describedby={hintId}>
        <legend>{word('legend')}</legend>
        <p className="hint" id={hintId}>
          {t('chooseAll')}
        </p>
        {config.items.map((item, index) => (
          <label key={item.id} className="choice drone-checklist__item">
            <input
              ref={index === 0 ? focusRef('list') : undefined}
              type="checkbox"
              checked={state.ticked.has(item.id)}
              onChange={() => act({ type: 'toggle', id: item.id })}
            />
            <span>{text(item.id)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button drone-checklist__check" onClick={check}>
        {t('check')}
      </button>
    </SimulatedApp>
  );
}
