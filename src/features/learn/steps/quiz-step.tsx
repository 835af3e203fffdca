import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '@/content/schema';
import type { WordFunction } from '@/features/learn/step-words';
import { Paragraphs } from '@/features/learn/steps/read-step';

export type QuizResult = { correct: boolean; attempts: number };

type QuizStepProps = {
  step: Extract<Step, { kind: 'quiz' }>;
  word: WordFunction;
  /** The result kept from earlier tries, if any. */
  result: QuizResult | undefined;
  onAnswer: (result: QuizResult) => void;
};

type OptionVerdict = 'chosenRight' | 'chosenWrong' | 'missed' | undefined;

/** A single- or multiple-choice question with feedback for each answer and unlimited tries. */
export function QuizStep({ step, word, result, onAnswer }: QuizStepProps) {
  const { t } = useTranslation('learn');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const [nothingChosen, setNothingChosen] = useState(false);
  const hintId = useId();
  const correctIds = new Set(step.options.filter((option) => option.correct).map((option) => option.id));
  const isCorrect = selected.size === correctIds.size && [...selected].every((id) => correctIds.has(id));

  function toggle(id: string) {
    setChecked(false);
    setNothingChosen(false);
    setSelected((current) => {
      if (!step.multiple) return new Set([id]);
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function check() {
    if (selected.size === 0) {
      setNothingChosen(true);
      return;
    }
    setChecked(true);
    onAnswer({ correct: isCorrect, attempts: (result?.attempts ?? 0) + 1 });
  }

  function verdictOf(id: string): OptionVerdict {
    if (!checked) return undefined;
    if (selected.has(id)) return correctIds.has(id) ? 'chosenRight' : 'chosenWrong';
    return step.multiple && correctIds.has(id) && !isCorrect ? 'missed' : undefined;
  }

  return (
    <div className="quiz">
      <fieldset className="choice-group">
        <legend>{word('question')}</legend>
        <p className="hint" id={hintId}>
          {t(step.multiple ? 'player.quiz.chooseMany' : 'player.quiz.chooseOne')}
        </p>
        {step.options.map((option) => {
          const verdict = verdictOf(option.id);
          return (
            <div key={option.id} className={`quiz__option${verdict ? ` quiz__option--${verdict}` : ''}`}>
              <label className="choice">
                <input
                  type={step.multiple ? 'checkbox' : 'radio'}
                  name={`quiz-${step.id}`}
                  checked={selected.has(option.id)}
                  aria-describedby={verdict ? `${hintId} ${hintId}-${option.id}` : hintId}
                  onChange={() => toggle(option.id)}
                />
                <span>{word(`options.${option.id}.text`)}</span>
              </label>
              {verdict ? (
                <div className="quiz__feedback" id={`${hintId}-${option.id}`}>
                  <p className="quiz__verdict">{t(`player.quiz.${verdict}`)}</p>
                  <Paragraphs text={word(`options.${option.id}.feedback`)} />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div aria-live="polite">
        {nothingChosen ? <p className="field-error">{t('player.quiz.nothingChosen')}</p> : null}
        {checked ? (
          <p className={`quiz__summary quiz__summary--${isCorrect ? 'right' : 'wrong'}`}>
            {t(isCorrect ? 'player.quiz.correct' : 'player.quiz.incorrect')}
          </p>
        ) : null}
      </div>
      <button type="button" className="button" onClick={check}>
        {t('player.quiz.check')}
      </button>
    </div>
  );
}
