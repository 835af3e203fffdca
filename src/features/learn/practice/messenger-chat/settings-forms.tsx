// The forms of the 'messenger-chat' simulation's two-step verification: the 6-digit PIN (typed twice)
// and the recovery e-mail, each checked as typed, with its problem under the field.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeEmail } from '@/features/learn/practice/messenger-chat/logic';

type FieldFormProps = { onMistake: () => void };

export function PinForm({
  label,
  help,
  check,
  onAccept,
  onMistake,
}: FieldFormProps & {
  label: string;
  help: string;
  /** The problem with the typed PIN, or undefined when it is accepted. */
  check: (typed: string) => string | undefined;
  onAccept: (typed: string) => void;
}) {
  const { t } = useTranslation('sim-messenger-chat');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  // Counts wrong tries, so the same message is announced again on a second wrong try.
  const [tries, setTries] = useState(0);
  const fieldId = useId();
  const helpId = useId();
  const problemId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(typed);
    setProblem(found);
    if (found) {
      setTries((count) => count + 1);
      onMistake();
      inputRef.current?.focus();
    } else onAccept(typed);
  }

  return (
    <form className="messenger-chat__form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <p id={helpId} className="hint">
          {help}
        </p>
        <input
          ref={inputRef}
          id={fieldId}
          className="messenger-chat__pin"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={typed}
          aria-describedby={problem ? `${helpId} ${problemId}` : helpId}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <div aria-live="polite">
          {problem ? (
            <p key={tries} id={problemId} className="field-error">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" className="button">
        {t('twoStep.next')}
      </button>
    </form>
  );
}

export function EmailForm({ onAccept, onMistake }: FieldFormProps & { onAccept: (address: string) => void }) {
  const { t } = useTranslation('sim-messenger-chat');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState(false);
  const [tries, setTries] = useState(0);
  const fieldId = useId();
  const helpId = useId();
  const problemId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const address = typed.trim();
    if (address !== '' && !looksLikeEmail(address)) {
      setProblem(true);
      setTries((count) => count + 1);
      onMistake();
      inputRef.current?.focus();
      return;
    }
    onAccept(address);
  }

  return (
    <form className="messenger-chat__form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={fieldId}>{t('twoStep.emailLabel')}</label>
        <p id={helpId} className="hint">
          {t('twoStep.emailHelp')}
        </p>
        <input
          ref={inputRef}
          id={fieldId}
          className="messenger-chat__email"
          type="email"
          autoComplete="off"
          value={typed}
          aria-describedby={problem ? `${helpId} ${problemId}` : helpId}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <div aria-live="polite">
          {problem ? (
            <p key={tries} id={problemId} className="field-error">
              {t('problem.emailInvalid')}
            </p>
          ) : null}
        </div>
      </div>
      <div className="messenger-chat__row">
        <button type="submit" className="button">
          {t('twoStep.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onAccept('')}>
          {t('twoStep.skip')}
        </button>
      </div>
    </form>
  );
}
