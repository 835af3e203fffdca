import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import { isValidPin, staffPin, useStaffPinState } from '@/features/workshops/data/staff-pin';
import { usePageTitle } from '@/ui/use-page-title';

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

/** Says in plain words why saving or reading failed (a full disk, private mode…). */
function StorageProblemAlert({ code }: { code: StorageProblemCode | undefined }) {
  const { t } = useTranslation('common');
  if (!code) return null;
  return (
    <p className="field-error" role="alert">
      {t(`errors.storage.${code}`)}
    </p>
  );
}

function SetPinForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation(['workshops', 'common']);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<'pinInvalid' | 'pinMismatch'>();
  const [storageProblem, setStorageProblem] = useState<StorageProblemCode>();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isValidPin(pin)) return setError('pinInvalid');
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

function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation(['workshops', 'common']);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const [storageProblem, setStorageProblem] = useState<StorageProblemCode>();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    try {
      const ok = await staffPin.verify(pin);
      if (ok) return onUnlocked();
      setWrong(true);
      setPin('');
    } catch (problem) {
      setStorageProblem(classifyStorageError(problem));
    } finally {
      setChecking(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <PinField
        label={t('gate.pin')}
        value={pin}
        onChange={setPin}
        describedBy={wrong ? errorId : undefined}
      />
      {wrong ? (
        <p className="field-error" id={errorId} role="alert">
          {t('gate.pinWrong')}
        </p>
      ) : null}
      <StorageProblemAlert code={storageProblem} />
      <button type="submit" className="button" disabled={checking}>
        {t('gate.unlock')}
      </button>
    </form>
  );
}

/** The staff area: behind the device PIN; the workshop screens themselves come with the workshops feature. */
export function StaffPage() {
  const { t } = useTranslation(['workshops', 'common']);
  const pinState = useStaffPinState();
  const [unlocked, setUnlocked] = useState(false);
  usePageTitle(t('common:app.documentTitle', { page: t('gate.title') }));

  if (unlocked) {
    return (
      <section className="page" aria-labelledby="staff-title">
        <h1 id="staff-title">{t('area.title')}</h1>
        <p className="lead">{t('area.intro')}</p>
        <button type="button" className="button button--quiet" onClick={() => setUnlocked(false)}>
          {t('area.lock')}
        </button>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('gate.title')}</h1>
      <p className="lead">{t('gate.intro')}</p>
      {pinState === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : pinState === 'unset' ? (
        <SetPinForm onSaved={() => setUnlocked(true)} />
      ) : (
        <UnlockForm onUnlocked={() => setUnlocked(true)} />
      )}
    </section>
  );
}
