import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import { newPinProblem, staffPin } from '@/features/workshops/data/staff-pin';
import { StorageProblemAlert } from '@/features/workshops/staff-ui';

type PinFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
};

function PinField({ label, value, onChange, describedBy }: PinFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={describedBy ? true : undefined}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
      />
    </div>
  );
}

export function SetPinForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation(['workshops', 'common']);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<'pinInvalid' | 'pinCommon' | 'pinMismatch'>();
  const [storageProblem, setStorageProblem] = useState<StorageProblemCode>();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = newPinProblem(pin);
    if (problem) return setError(problem === 'format' ? 'pinInvalid' : 'pinCommon');
    if (pin !== repeat) return setError('pinMismatch');
    setError(undefined);
    try {
      await staffPin.set(pin);
      onSaved();
    } catch (problem) {
      setStorageProblem(classifyStorageError(problem));
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('gate.setTitle')}</h2>
      <p>{t('gate.setIntro')}</p>
      <PinField
        label={t('gate.pin')}
        value={pin}
        onChange={setPin}
        describedBy={error ? errorId : undefined}
      />
      <PinField
        label={t('gate.pinRepeat')}
        value={repeat}
        onChange={setRepeat}
        describedBy={error ? errorId : undefined}
      />
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {t(`gate.${error}`)}
        </p>
      ) : null}
      <StorageProblemAlert code={storageProblem} />
      <button type="submit" className="button">
        {t('gate.save')}
      </button>
    </form>
  );
}

type UnlockMessage = { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; until: number };

export function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const { t, i18n } = useTranslation(['workshops', 'common']);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<UnlockMessage>();
  const [checking, setChecking] = useState(false);
  const [storageProblem, setStorageProblem] = useState<StorageProblemCode>();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    try {
      const result = await staffPin.unlock(pin);
      if (result.outcome === 'unlocked') return onUnlocked();
      setMessage(
        result.outcome === 'wrong'
          ? { kind: 'wrong', triesLeft: result.triesLeft }
          : { kind: 'locked', until: result.until },
      );
      setPin('');
    } catch (problem) {
      setStorageProblem(classifyStorageError(problem));
    } finally {
      setChecking(false);
    }
  }

  // A lockout of up to a day: the date is said too when it does not end today.
  const time = (until: number) =>
    new Intl.DateTimeFormat(
      i18n.resolvedLanguage ?? 'pl',
      new Date(until).toDateString() === new Date().toDateString()
        ? { timeStyle: 'short' }
        : { dateStyle: 'long', timeStyle: 'short' },
    ).format(until);

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <PinField
        label={t('gate.pin')}
        value={pin}
        onChange={setPin}
        describedBy={message ? errorId : undefined}
      />
      {message ? (
        <p className="field-error" id={errorId} role="alert">
          {message.kind === 'wrong'
            ? t('gate.pinWrong', { count: message.triesLeft })
            : t('gate.pinLocked', { time: time(message.until) })}
        </p>
      ) : null}
      <StorageProblemAlert code={storageProblem} />
      <button type="submit" className="button" disabled={checking}>
        {t('gate.unlock')}
      </button>
    </form>
  );
}
