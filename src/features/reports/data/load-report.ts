// Reads what the reports need from the data layer: every live group, membership, session and mark, and
// every member with the tombstones of erased ones (reports must tell an erased member from a missing
// one). One read transaction, so the tables agree with each other.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type KrokDatabase } from '@/db/database';
import {
  type AttendanceRecord,
  type GroupRecord,
  isLive,
  type MembershipRecord,
  type SessionRecord,
} from '@/db/records';
import { withStorage } from '@/db/storage-problems';
import type { ReportData } from '@/features/reports/data/attendance-report';

/** User Timing measure of each read, shown by `npm run bench -- report-render`. */
export const REPORT_READ_MEASURE = 'kpk:report-read';

/** Everything the attendance reports read, in one transaction. Rejects with StorageProblem. */
export async function loadReportData(db: KrokDatabase): Promise<ReportData> {
  const started = performance.now();
  const data = await readTables(db);
  performance.measure(REPORT_READ_MEASURE, { start: started });
  return data;
}

function readTables(db: KrokDatabase): Promise<ReportData> {
  return withStorage(() =>
    db.transaction('r', [db.members, db.groups, db.memberships, db.sessions, db.attendance], async () => {
      const [members, groups, memberships, sessions, attendance] = await Promise.all([
        db.members.toArray(),
        db.groups.toArray(),
        db.memberships.toArray(),
        db.sessions.toArray(),
        db.attendance.toArray(),
      ]);
      return {
        members,
        groups: groups.filter((record): record is GroupRecord => isLive(record)),
        memberships: memberships.filter((record): record is MembershipRecord => isLive(record)),
        sessions: sessions.filter((record): record is SessionRecord => isLive(record)),
        attendance: attendance.filter((record): record is AttendanceRecord => isLive(record)),
      };
    }),
  );
}

/** The report data, kept live (a mark made on another tab shows up); undefined while loading. */
export function useReportData(): ReportData | undefined {
  return useLiveQuery(() => loadReportData(getDatabase()), []);
}
