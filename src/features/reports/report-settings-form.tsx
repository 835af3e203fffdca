// The coordinator's report settings: how excused absences count (applies at once), the certificate
// threshold and the hours per session (checked, then saved), and whether names are shown.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import type { ExcusedMode } from '@/features/reports/data/attendance-report';
import {
  isHoursPerSession,
  isThreshold,
  MAX_HOURS_PER_SESSION,
  type ReportSettings,
  reportSettings,
} from '@/features/reports/data/report-settings';
import { StorageProblemAlert } from '@/features/reports/report-ui';
import { ChoiceGroup } from '@/ui/choice-group';

/** Reads a number typed with a comma or a dot ("1,5"); NaN when it is not one. */
function readNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function ReportSettingsForm({ settings }: { settings: ReportSettings }) {
  const { t, i18n } = useTranslation('reports');
  const [threshold, setThreshold] = useState(String(settings.thresholdPercent));
  const [hours, setHours] = useState(String(settings.hoursPerSession).replace('.', ','));
  const [errors, setErrors] = useState<{ threshold?: string; hours?: string }>({});
  const [problem, setProblem] = useState<StorageProblemCode>();
  const [saved, setSaved] = useState(false);
  const thresholdId = useId();
  const hoursId = useId();

  const change = async (changes: Partial<ReportSettings>) => {
    try {
      await reportSettings.change(changes);
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(classifyStorageError(error));
      return false;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const thresholdValue = readNumber(threshold);
    const hoursValue = readNumber(hours);
    const next = {
      threshold: isThreshold(thresholdValue) ? undefined : t('settings.thresholdError'),
      hours: isHoursPerSession(hoursValue)
        ? undefined
        : t('settings.hoursError', { max: MAX_HOURS_PER_SESSION.toLocaleString(i18n.resolvedLanguage) }),
    };
    setErrors(next);
    if (next.threshold || next.hours) return;
    setSaved(await change({ thresholdPercent: thresholdValue, hoursPerSession: hoursValue }));
  };

  return (
    <details>
      <summary>{t('settings.title')}</summary>
      <ChoiceGroup<ExcusedMode>
        legend={t('settings.excused.legend')}
        hint={t('settings.excused.hint')}
        name="report-excused"
        value={settings.excused}
        choices={[
          { value: 'absent', label: t('settings.excused.absent') },
          { value: 'present', label: t('settings.excused.present') },
          { value: 'omit', label: t('settings.excused.omit') },
        ]}
        onChange={(excused) => void change({ excused })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.hideNames}
          onChange={(event) => void change({ hideNames: event.target.checked })}
        />
        <span>{t('settings.hideNames')}</span>
      </label>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={thresholdId}>{t('settings.threshold')}</label>
          <p className="hint" id={`${thresholdId}-hint`}>
            {t('settings.thresholdHint')}
          </p>
          <input
            id={thresholdId}
            inputMode="numeric"
            value={threshold}
            aria-invalid={errors.threshold ? true : undefined}
            aria-describedby={`${thresholdId}-hint${errors.threshold ? ` ${thresholdId}-error` : ''}`}
            onChange={(event) => setThreshold(event.target.value)}
          />
          {errors.threshold ? (
            <p className="field-error" id={`${thresholdId}-error`}>
              {errors.threshold}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={hoursId}>{t('settings.hours')}</label>
          <p className="hint" id={`${hoursId}-hint`}>
            {t('settings.hoursHint')}
          </p>
          <input
            id={hoursId}
            inputMode="decimal"
            value={hours}
            aria-invalid={errors.hours ? true : undefined}
            aria-describedby={`${hoursId}-hint${errors.hours ? ` ${hoursId}-error` : ''}`}
            onChange={(event) => setHours(event.target.value)}
          />
          {errors.hours ? (
            <p className="field-error" id={`${hoursId}-error`}>
              {errors.hours}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
        </div>
        <p aria-live="polite">{saved ? t('settings.saved') : ''}</p>
      </form>
      <StorageProblemAlert code={problem} />
    </details>
  );
}
