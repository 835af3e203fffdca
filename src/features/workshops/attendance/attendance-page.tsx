import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MODULES } from '@/content/catalogue';
import type { AttendanceStatus, MemberRecord } from '@/db/records';
import { primeAudio } from '@/features/workshops/attendance/beep';
import { CancelSession } from '@/features/workshops/attendance/cancel-session';
import {
  ATTENDANCE_STATUSES,
  attendanceStore,
  countMarks,
  type SessionSheet,
  useSessionSheet,
} from '@/features/workshops/data/attendance';
import { StaffScreen, StorageProblemAlert, useDateTimeFormat, useSave } from '@/features/workshops/staff-ui';

type Said = (key: string, options?: Record<string, unknown>) => string;

// The camera scanner (and its QR decoder) loads only when an instructor opens it.
const CardScanner = lazy(() =>
  import('@/features/workshops/attendance/card-scanner').then((module) => ({ default: module.CardScanner })),
);

function MemberMarks({
  member,
  status,
  onMark,
}: {
  member: MemberRecord;
  status: AttendanceStatus | undefined;
  onMark: (status: AttendanceStatus) => void;
}) {
  const { t } = useTranslation(['workshops']);
  return (
    <li className={`mark-row mark-row--${status ?? 'unmarked'}`}>
      <fieldset className="mark-row__set">
        <legend className="mark-row__name">
          {member.name}
          <span className="staff-list__meta"> ({member.memberNumber})</span>
        </legend>
        <div className="mark-buttons">
          {ATTENDANCE_STATUSES.map((choice) => (
            <button
              key={choice}
              type="button"
              className={`mark-button mark-button--${choice}`}
              aria-pressed={status === choice}
              onClick={() => onMark(choice)}
            >
              {t(`attendance.status.${choice}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

/**
 * Root font size (px) up to which the counts stay pinned to the top while the list scrolls: 30 px is
 * the learner's 150 % text; above it the pinned counts would cover half a phone screen.
 */
const STICKY_COUNTS_MAX_ROOT_PX = 30;

function Counts({ sheet }: { sheet: SessionSheet }) {
  const { t } = useTranslation(['workshops']);
  const counts = countMarks(sheet);
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const sticky = rootPx <= STICKY_COUNTS_MAX_ROOT_PX;
  return (
    <ul
      className={`mark-counts${sticky ? ' mark-counts--sticky' : ''}`}
      aria-label={t('attendance.countsLabel')}
    >
      {ATTENDANCE_STATUSES.map((status) => (
        <li key={status} className={`mark-count mark-count--${status}`}>
          {t(`attendance.counts.${status}`, { count: counts[status] })}
        </li>
      ))}
      <li className="mark-count">{t('attendance.counts.unmarked', { count: counts.unmarked })}</li>
    </ul>
  );
}

function LessonLinks({ lessonIds }: { lessonIds: string[] }) {
  const lessons = lessonIds.flatMap((lessonId) => {
    const module = MODULES.find((candidate) => candidate.lessons.some((lesson) => lesson.id === lessonId));
    const lesson = module?.lessons.find((candidate) => candidate.id === lessonId);
    return module && lesson && !module.preparing ? [{ module, lesson }] : [];
  });
  const { t } = useTranslation(['workshops', ...lessons.map(({ module }) => module.namespace)]);
  const said = t as unknown as Said;
  if (lessons.length === 0) return null;
  return (
    <section aria-labelledby="session-lessons-title">
      <h2 id="session-lessons-title">{t('attendance.lessons')}</h2>
      <ul className="staff-list">
        {lessons.map(({ module, lesson }) => (
          <li key={lesson.id}>
            <Link className="staff-list__item" to={`/staff/projector/${module.id}/${lesson.id}`}>
              <span className="staff-list__name">
                {said(`${module.namespace}:lessons.${lesson.key}.title`)}
              </span>
              <span className="staff-list__meta">{t('attendance.onProjector')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Attendance at one session: counts at the top, "everyone present", four large buttons per member. */
export function AttendancePage() {
  const { t } = useTranslation(['workshops', 'common']);
  const { sessionId } = useParams();
  const sheet = useSessionSheet(sessionId);
  const formatDate = useDateTimeFormat();
  const save = useSave();
  const [scanning, setScanning] = useState(false);
  const back = { to: '/staff/sessions', label: t('sessions.title') };

  if (sheet === undefined) return <p className="loading">{t('common:status.loading')}</p>;
  if (sheet === null) {
    return (
      <StaffScreen title={t('attendance.notFound')} back={back}>
        <p>{t('attendance.notFoundText')}</p>
      </StaffScreen>
    );
  }
  const { session, group, members, marks } = sheet;
  const unmarked = members.filter((member) => !marks.has(member.id));

  return (
    <StaffScreen
      title={t('attendance.title', { group: group.name })}
      back={back}
      intro={[formatDate(session.startsAt), session.venue].filter(Boolean).join(' · ')}
    >
      <Counts sheet={sheet} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={unmarked.length === 0}
          onClick={() =>
            void save.run(() =>
              attendanceStore.markAllPresent(
                session.id,
                unmarked.map((m) => m.id),
              ),
            )
          }
        >
          {t('attendance.allPresent')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            if (!scanning) primeAudio();
            setScanning(!scanning);
          }}
          aria-expanded={scanning}
        >
          {scanning ? t('attendance.stopScanning') : t('attendance.scan')}
        </button>
      </div>
      <StorageProblemAlert code={save.problem} />
      {scanning ? (
        <Suspense fallback={<p className="loading">{t('common:status.loading')}</p>}>
          <CardScanner sheet={sheet} />
        </Suspense>
      ) : null}
      {members.length === 0 ? (
        <p>{t('attendance.noMembers')}</p>
      ) : (
        <ul className="mark-list">
          {members.map((member) => (
            <MemberMarks
              key={member.id}
              member={member}
              status={marks.get(member.id)}
              onMark={(status) => void save.run(() => attendanceStore.mark(session.id, member.id, status))}
            />
          ))}
        </ul>
      )}
      <LessonLinks lessonIds={session.lessonIds} />
      <CancelSession sheet={sheet} />
      <p>
        <Link to={`/staff/groups/${group.id}`}>{t('attendance.toGroup', { group: group.name })}</Link>
      </p>
    </StaffScreen>
  );
}
