// Pieces shared by the report screens: the page frame, the hook that joins data and settings, number
// formats, the pager of long tables, the CSV download and storage messages.
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StorageProblemCode } from '@/db/storage-problems';
import {
  indexReportData,
  type ReportData,
  type ReportIndex,
} from '@/features/reports/data/attendance-report';
import type { CsvWords } from '@/features/reports/data/csv-export';
import { useReportData } from '@/features/reports/data/load-report';
import { type ReportSettings, useReportSettings } from '@/features/reports/data/report-settings';
import { downloadFile } from '@/ui/download';
import { usePageTitle } from '@/ui/use-page-title';
import './reports.css';

type ReportScreenProps = {
  title: string;
  back: { to: string; label: string };
  intro?: ReactNode;
  children: ReactNode;
  className?: string;
};

/**
 * A report page: the way back, the page heading, the document title — the reports' own, never the
 * page's, which may name a member (the browser's history keeps titles; StaffScreen does the same).
 */
export function ReportScreen({ title, back, intro, children, className }: ReportScreenProps) {
  const { t } = useTranslation(['common', 'reports']);
  usePageTitle(t('common:app.documentTitle', { page: t('reports:home.title') }));
  return (
    <section className={`page reports ${className ?? ''}`} aria-labelledby="report-page-title">
      <p className="breadcrumb no-print">
        <Link to={back.to}>← {back.label}</Link>
      </p>
      <h1 id="report-page-title">{title}</h1>
      {intro ? <p className="lead no-print">{intro}</p> : null}
      {children}
    </section>
  );
}

export type LoadedReport = { data: ReportData; index: ReportIndex; settings: ReportSettings; now: string };

/** The report data, its indexes and the settings; undefined while any is loading. */
export function useReport(): LoadedReport | undefined {
  const data = useReportData();
  const settings = useReportSettings();
  // "Now" is fixed per data change, so a session that starts while the screen is open counts on the next change.
  const index = useMemo(() => {
    if (!data) return undefined;
    const started = performance.now();
    const built = indexReportData(data);
    // Read by `npm run bench -- report-render`.
    performance.measure('kpk:report-index', { start: started });
    return built;
  }, [data]);
  const now = useMemo(() => (data ? new Date().toISOString() : ''), [data]);
  if (!data || !settings || !index) return undefined;
  return { data, index, settings, now };
}

/** Formats a rate (0–1) as a percent in the UI language; '—' when there is none. */
export function useRateFormat(): (rate: number | null) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'pl';
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return (rate: number | null) => (rate === null ? '—' : format.format(rate));
  }, [language]);
}

/** Formats an ISO date-time as a date in the UI language (6 października 2026). */
export function useDateFormat(style: 'long' | 'short' = 'long'): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'pl';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(
      language,
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : { day: '2-digit', month: '2-digit' },
    );
    return (iso: string) => format.format(new Date(iso));
  }, [language, style]);
}

/** Rows shown per page in long tables: 50 fit a laptop screen and keep a 2,000-member report quick. */
export const PAGE_SIZE = 50;

/** The page of a long list: its slice, and a pager to move between pages. */
export function usePage<T>(items: readonly T[]): { slice: readonly T[]; first: number; pager: ReactNode } {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const first = current * PAGE_SIZE;
  const slice = items.slice(first, first + PAGE_SIZE);
  const pager =
    pages > 1 ? <Pager current={current} pages={pages} total={items.length} onChange={setPage} /> : null;
  return { slice, first, pager };
}

function Pager({
  current,
  pages,
  total,
  onChange,
}: {
  current: number;
  pages: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation('reports');
  const from = current * PAGE_SIZE + 1;
  const to = Math.min(total, from + PAGE_SIZE - 1);
  return (
    <nav className="pager no-print" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button button--quiet"
        disabled={current === 0}
        onClick={() => onChange(current - 1)}
      >
        {t('pager.previous')}
      </button>
      <p aria-live="polite">{t('pager.position', { from, to, total })}</p>
      <button
        type="button"
        className="button button--quiet"
        disabled={current >= pages - 1}
        onClick={() => onChange(current + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}

/** Offers a CSV file to save (the browser's download). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, csv, 'text/csv;charset=utf-8');
}

/** The words of the CSV columns, in the UI language. */
export function useCsvWords(): CsvWords & { groups: string } {
  const { t } = useTranslation('reports');
  return {
    name: t('csv.name'),
    number: t('csv.number'),
    rate: t('csv.rate'),
    attended: t('csv.attended'),
    counted: t('csv.counted'),
    unmarked: t('csv.unmarked'),
    archived: t('csv.archived'),
    groups: t('csv.groups'),
    yes: t('csv.yes'),
    status: {
      present: t('status.present'),
      late: t('status.late'),
      excused: t('status.excused'),
      absent: t('status.absent'),
    },
    anonymous: (position: number) => t('anonymous', { position }),
  };
}

/** Says in plain words why reading or saving failed. */
export function StorageProblemAlert({ code }: { code: StorageProblemCode | undefined }) {
  const { t } = useTranslation('common');
  if (!code) return null;
  return (
    <p className="field-error" role="alert">
      {t(`errors.storage.${code}`)}
    </p>
  );
}

/** A member's name, or "Osoba N" when names are hidden. */
export function useMemberLabel(hideNames: boolean): (name: string, position: number) => string {
  const { t } = useTranslation('reports');
  return (name, position) => (hideNames ? t('anonymous', { position: position + 1 }) : name);
}

/** A wide table scrolls inside its own box, so the page itself still reflows at 320 px. */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
