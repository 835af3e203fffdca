// Small pieces shared by the staff screens: the page frame with its way back, storage messages.
import { type ReactNode, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { classifyStorageError, type StorageProblemCode } from '@/db/storage-problems';
import { usePageTitle } from '@/ui/use-page-title';
import './workshops.css';

/** Says in plain words why saving or reading failed (a full disk, private mode…). */
export function StorageProblemAlert({ code }: { code: StorageProblemCode | undefined }) {
  const { t } = useTranslation('common');
  if (!code) return null;
  return (
    <p className="field-error" role="alert">
      {t(`errors.storage.${code}`)}
    </p>
  );
}

/**
 * Runs a save and keeps the storage problem it met, if any, for StorageProblemAlert. `run` resolves to
 * true when the save went through.
 */
export function useSave(): {
  problem: StorageProblemCode | undefined;
  run: (save: () => Promise<unknown>) => Promise<boolean>;
} {
  const [problem, setProblem] = useState<StorageProblemCode>();
  const run = useCallback(async (save: () => Promise<unknown>) => {
    try {
      await save();
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(classifyStorageError(error));
      return false;
    }
  }, []);
  return { problem, run };
}

type StaffScreenProps = {
  title: string;
  /** Where "back" leads, with its label; the staff home when not given. */
  back?: { to: string; label: string };
  intro?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A staff page: the way back, the page heading, the document title. */
export function StaffScreen({ title, back, intro, children, className }: StaffScreenProps) {
  const { t } = useTranslation(['workshops', 'common']);
  usePageTitle(t('common:app.documentTitle', { page: title }));
  const way = back ?? { to: '/staff', label: t('area.title') };
  return (
    <section className={`page staff ${className ?? ''}`} aria-labelledby="staff-page-title">
      <p className="breadcrumb no-print">
        <Link to={way.to}>← {way.label}</Link>
      </p>
      <h1 id="staff-page-title">{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Formats an ISO date-time as a long date with weekday and time, in the UI language. */
export function useDateTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (iso: string) => format.format(new Date(iso));
}

/** "Previous" and "next" buttons of a long list shown a page at a time; nothing when it fits one page. */
export function Pager({
  page,
  pages,
  onPage,
  previous,
  next,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  previous: string;
  next: string;
}) {
  if (pages <= 1) return null;
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--quiet"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {previous}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {next}
      </button>
    </div>
  );
}

/** A calendar date (YYYY-MM-DD) in the language's own short format: 02.12.2026 in Polish. */
export function useDateFormat(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'pl', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (isoDate: string) => {
    const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? isoDate : format.format(date);
  };
}

/** A labelled text, date, time or phone field (or a text area), with an optional hint. */
type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'date' | 'time';
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  autoComplete?: string;
};

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  required,
  multiline,
  autoComplete,
}: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          required={required}
          autoComplete={autoComplete ?? 'off'}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
