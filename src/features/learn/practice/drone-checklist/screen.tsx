// UI half of the 'drone-checklist' simulation: a list of statements with real checkboxes and one
// "Sprawdź" button. A ticked distractor is explained, a missing required item is counted; nothing is
// scolded. When everything fits, the list of what belongs to a correct check is shown with reasons.
import '@/features/learn/practice/drone-checklist/styles.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DroneChecklistConfig } from '@/content/simulations/drone-checklist';
import { type ChecklistVerdict, checkChecklist } from '@/features/learn/practice/drone-checklist/logic';
import type { SimulationProps } from '@/features/learn/practice/kit/simulation-props';

type Feedback = { kind: 'empty' } | { kind: 'wrong'; verdict: ChecklistVerdict };

export function DroneChecklist({
  config,
  word,
  onMistake,
  onComplete,
  completed,
}: SimulationProps<DroneChecklistConfig>) {
  const { t } = useTranslation('sim-drone-checklist');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Feedback>();
  const [solved, setSolved] = useState(completed);
  const [checks, setChecks] = useState(0);
  const hintId = useId();
  const solvedRef = useRef<HTMLHeadingElement>(null);
  const firstBoxRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useRef<'solved' | 'list' | null>(null);

  useEffect(() => {
    if (focusAfterRender.current === 'solved') solvedRef.current?.focus();
    if (focusAfterRender.current === 'list') firstBoxRef.current?.focus();
    focusAfterRender.current = null;
  });

  const text = (id: string) => word(`items.${id}.text`);
  const explain = (id: string) => word(`items.${id}.explain`);

  function toggle(id: string) {
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function check() {
    setChecks((count) => count + 1);
    if (ticked.size === 0) {
      setFeedback({ kind: 'empty' });
      return;
    }
    const verdict = checkChecklist(config.items, ticked);
    if (verdict.correct) {
      setFeedback(undefined);
      setSolved(true);
      focusAfterRender.current = 'solved';
      if (!completed) onComplete();
      return;
    }
    setFeedback({ kind: 'wrong', verdict });
    // With only missing items, the hint after the second mistake names one of them.
    const [firstMissing] = verdict.missing;
    onMistake(
      verdict.wrongTicked.length === 0 && firstMissing
        ? t('hintMissing', { item: text(firstMissing) })
        : undefined,
    );
  }

  function restart() {
    setTicked(new Set());
    setFeedback(undefined);
    setSolved(false);
    focusAfterRender.current = 'list';
  }

  const title = <p className="sim__app">{t(`lists.${config.list}`)}</p>;

  if (solved) {
    const required = config.items.filter((item) => item.required);
    const List = config.ordered ? 'ol' : 'ul';
    return (
      <div className="sim drone-checklist">
        {title}
        <h3 ref={solvedRef} tabIndex={-1} className="sim__heading">
          {t('rightTitle')}
        </h3>
        <p>{config.ordered ? t('summaryOrdered') : t('summary')}</p>
        <List className="drone-checklist__summary">
          {required.map((item) => (
            <li key={item.id}>
              <strong>{text(item.id)}</strong>
              <span className="drone-checklist__why">{explain(item.id)}</span>
            </li>
          ))}
        </List>
        <button type="button" className="button button--quiet" onClick={restart}>
          {t('again')}
        </button>
      </div>
    );
  }

  return (
    <div className="sim drone-checklist">
      {title}
      <fieldset className="choice-group drone-checklist__list" aria-describedby={hintId}>
        <legend>{word('legend')}</legend>
        <p className="hint" id={hintId}>
          {t('chooseAll')}
        </p>
        {config.items.map((item, index) => (
          <label key={item.id} className="choice drone-checklist__item">
            <input
              ref={index === 0 ? firstBoxRef : undefined}
              type="checkbox"
              checked={ticked.has(item.id)}
              onChange={() => toggle(item.id)}
            />
            <span>{text(item.id)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button drone-checklist__check" onClick={check}>
        {t('check')}
      </button>
      <div className="sim__status" aria-live="polite">
        {feedback?.kind === 'empty' ? (
          <p key={checks} className="drone-checklist__note">
            {t('nothingTicked')}
          </p>
        ) : null}
        {feedback?.kind === 'wrong' ? (
          <div key={checks} className="sim__wrong">
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
      </div>
    </div>
  );
}
