// Demo data: a realistic sample UTW group that fills an EMPTY device in one click, so a newcomer sees
// the staff side working. Everything is written through src/db/write.ts like real data (and would
// sync like it), so it is offered only while the roster and the groups are empty.
import { useLiveQuery } from 'dexie-react-hooks';
import { MODULES } from '@/content/catalogue';
import { getDatabase, type KrokDatabase } from '@/db/database';
import type { AttendanceStatus, GroupRecord } from '@/db/records';
import { listRecords, saveRecords } from '@/db/write';
import { planSessions, saveGroup, termFor } from '@/features/workshops/data/groups';
import { todayIso } from '@/features/workshops/data/members';
import { readServerSettings } from '@/sync/server-settings';

const FIRST_NAMES = [
  'Halina',
  'Józef',
  'Krystyna',
  'Tadeusz',
  'Jadwiga',
  'Zdzisław',
  'Bożena',
  'Ryszard',
  'Elżbieta',
  'Czesław',
  'Grażyna',
  'Mieczysław',
  'Teresa',
  'Włodzimierz',
  'Danuta',
  'Jerzy',
  'Wiesława',
  'Stanisław',
  'Łucja',
  'Kazimierz',
  'Barbara',
  'Zbigniew',
  'Irena',
  'Andrzej',
];
const LAST_NAMES = [
  'Wiśniewska',
  'Kołodziej',
  'Dąbrowska',
  'Wójcik',
  'Zając',
  'Pietrzak',
  'Łęcka',
  'Kaczmarek',
  'Szymańska',
  'Woźniak',
  'Kozłowska',
  'Jankowski',
  'Mazur',
  'Grabowski',
  'Nowicka',
  'Sójka',
  'Michalska',
  'Zieliński',
  'Ćwik',
  'Jaworski',
  'Śliwińska',
  'Adamczyk',
  'Górecka',
  'Nowak',
];
/** Weeks of the series already past on the day the demo is made: some attendance to look at. */
const PAST_WEEKS = 4;
const SESSIONS = 10;

/** True when no member and no group is stored (live or deleted records of other devices aside). */
export async function isDeviceEmpty(db: KrokDatabase): Promise<boolean> {
  const [members, groups] = await Promise.all([listRecords(db, 'member'), listRecords(db, 'group')]);
  return members.length === 0 && groups.length === 0;
}

/** A repeatable spread of marks: mostly present, now and then late, excused or absent. */
function demoStatus(member: number, week: number): AttendanceStatus {
  const roll = (member * 7 + week * 13) % 20;
  if (roll === 0 || roll === 9) return 'absent';
  if (roll === 5) return 'excused';
  if (roll === 3 || roll === 14) return 'late';
  return 'present';
}

export type DemoNames = {
  group: string;
  instructor: string;
  venue: string;
  consentBy: string;
  winter: string;
  summer: string;
};

/**
 * Fills an empty device with 24 members (consent recorded), one group with them, a weekly series of 10
 * Tuesday sessions of which the first PAST_WEEKS are past, and attendance at those. Resolves to the
 * group, or to undefined when the device is not empty (nothing is written then). Rejects with StorageProblem.
 */
export async function fillDemoData(
  db: KrokDatabase,
  names: DemoNames,
  now: Date = new Date(),
): Promise<GroupRecord | undefined> {
  if (!(await isDeviceEmpty(db))) return undefined;
  const consent = { date: todayIso(now), recordedBy: names.consentBy };
  const members = await saveRecords(
    db,
    'member',
    FIRST_NAMES.map((first, index) => ({
      name: `${first} ${LAST_NAMES[index]}`,
      memberNumber: `UTW-${101 + index}`,
      phone:
        index % 3 === 0
          ? undefined
          : `6${String(10 + index)} ${String(300 + index * 7)} ${String(400 + index * 11).slice(-3)}`,
      notes: index === 2 ? 'Prosi o duży druk.' : index === 9 ? 'Słabo słyszy, siada z przodu.' : undefined,
      consent,
    })),
  );
  const modules = MODULES.filter((module) => !module.preparing).slice(0, 2);
  const group = await saveGroup(
    db,
    {
      name: names.group,
      term: termFor(now, names.winter, names.summer),
      instructorIds: [names.instructor],
      moduleIds: modules.map((module) => module.id),
    },
    members.map((member) => member.id),
  );
  const start = new Date(now);
  start.setDate(start.getDate() - PAST_WEEKS * 7);
  const lessons = modules.flatMap((module) => module.lessons.map((lesson) => lesson.id));
  const sessions = await planSessions(
    db,
    group.id,
    { kind: 'weekly', startDate: todayIso(start), weekday: 2, time: '10:00', count: SESSIONS },
    names.venue,
    [],
  );
  // One lesson per session, in course order.
  await saveRecords(
    db,
    'session',
    sessions.map((session, index) => ({
      ...session,
      lessonIds: lessons.length > 0 ? [lessons[index % lessons.length] ?? ''] : [],
    })),
  );
  const past = sessions.filter((session) => session.startsAt < now.toISOString());
  await saveRecords(
    db,
    'attendance',
    past.flatMap((session, week) =>
      members.map((member, index) => ({
        sessionId: session.id,
        memberId: member.id,
        status: demoStatus(index, week),
      })),
    ),
  );
  return group;
}

/** True while the device has no members and no groups; undefined while loading. */
/**
 * The sample group is offered only on an empty device that does not sync: on a synced tablet that has
 * not pulled yet its invented members would reach the organisation's real server.
 */
export async function isDemoOffered(db: KrokDatabase): Promise<boolean> {
  if ((await readServerSettings(db)) !== undefined) return false;
  return isDeviceEmpty(db);
}

export function useDemoOffered(): boolean | undefined {
  return useLiveQuery(() => isDemoOffered(getDatabase()), []);
}

export const demoData = {
  fill: (names: DemoNames) => fillDemoData(getDatabase(), names),
};
