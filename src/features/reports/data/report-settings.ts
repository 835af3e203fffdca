// The coordinator's report settings on this device: how excused absences count, the certificate
// threshold, the hours one session stands for on a certificate, and whether reports show names.
// Device-only (the settings table); a stored value an older version wrote wrongly falls back to the default.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import { getSetting, setSetting } from '@/db/settings';
import {
  DEFAULT_THRESHOLD_PERCENT,
  EXCUSED_MODES,
  type ExcusedMode,
} from '@/features/reports/data/attendance-report';

export type ReportSettings = {
  excused: ExcusedMode;
  /** Whole percent, 1–100. */
  thresholdPercent: number;
  /** Teaching hours (45 min) one session counts for on a certificate; a UTW meeting is usually 2. */
  hoursPerSession: number;
  /** Leave names and member numbers out of the report screens and exports. */
  hideNames: boolean;
};

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  // Most UTW statutes count an excused absence as an absence for a certificate, so that is the default.
  excused: 'absent',
  thresholdPercent: DEFAULT_THRESHOLD_PERCENT,
  hoursPerSession: 2,
  hideNames: false,
};

const KEY = 'reports.settings';

/** The most hours one session may count for: a whole-day workshop. */
export const MAX_HOURS_PER_SESSION = 10;

export function isThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100;
}

export function isHoursPerSession(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_HOURS_PER_SESSION;
}

/** Keeps each valid stored field and replaces the rest by its default. */
export function cleanSettings(stored: unknown): ReportSettings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    excused: EXCUSED_MODES.includes(value.excused as ExcusedMode)
      ? (value.excused as ExcusedMode)
      : DEFAULT_REPORT_SETTINGS.excused,
    thresholdPercent: isThreshold(value.thresholdPercent)
      ? value.thresholdPercent
      : DEFAULT_REPORT_SETTINGS.thresholdPercent,
    hoursPerSession: isHoursPerSession(value.hoursPerSession)
      ? value.hoursPerSession
      : DEFAULT_REPORT_SETTINGS.hoursPerSession,
    hideNames: typeof value.hideNames === 'boolean' ? value.hideNames : DEFAULT_REPORT_SETTINGS.hideNames,
  };
}

/** The report settings of this device. Rejects with StorageProblem. */
export async function getReportSettings(db: KrokDatabase): Promise<ReportSettings> {
  return cleanSettings(await getSetting<unknown>(db, KEY, undefined));
}

/**
 * Changes some settings. Throws RangeError (nothing stored) for a threshold outside 1–100 or hours
 * outside (0, 10]; rejects with StorageProblem.
 */
export async function changeReportSettings(
  db: KrokDatabase,
  changes: Partial<ReportSettings>,
): Promise<ReportSettings> {
  if (changes.thresholdPercent !== undefined && !isThreshold(changes.thresholdPercent)) {
    throw new RangeError('The threshold must be a whole percent from 1 to 100');
  }
  if (changes.hoursPerSession !== undefined && !isHoursPerSession(changes.hoursPerSession)) {
    throw new RangeError(`Hours per session must be above 0 and at most ${MAX_HOURS_PER_SESSION}`);
  }
  const next = { ...(await getReportSettings(db)), ...changes };
  await setSetting(db, KEY, next);
  return next;
}

/** The live report settings; undefined while loading. */
export function useReportSettings(): ReportSettings | undefined {
  return useLiveQuery(() => getReportSettings(getDatabase()), []);
}

export const reportSettings = {
  change: (changes: Partial<ReportSettings>) => changeReportSettings(getDatabase(), changes),
};
