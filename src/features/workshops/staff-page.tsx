// The staff area: behind the device PIN, locked again after ten idle minutes. Nothing of the roster
// is rendered (or read) before the PIN is given, so learners never see it.
import { type ComponentType, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useMatch } from 'react-router';
import { useStaffPinState } from '@/features/workshops/data/staff-pin';
import { SetPinForm, UnlockForm } from '@/features/workshops/pin-forms';
import { staffSession, useIdleLock, useStaffUnlocked } from '@/features/workshops/staff-session';
import { usePageTitle } from '@/ui/use-page-title';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const StaffHome = page(() => import('@/features/workshops/staff-home'), 'StaffHome');
const RosterPage = page(() => import('@/features/workshops/roster/roster-page'), 'RosterPage');
const MemberPage = page(() => import('@/features/workshops/roster/member-page'), 'MemberPage');
const ImportPage = page(() => import('@/features/workshops/roster/import-page'), 'ImportPage');
const GroupsPage = page(() => import('@/features/workshops/groups/groups-page'), 'GroupsPage');
const GroupFormPage = page(() => import('@/features/workshops/groups/group-form-page'), 'GroupFormPage');
const GroupPage = page(() => import('@/features/workshops/groups/group-page'), 'GroupPage');
const CardsPage = page(() => import('@/features/workshops/groups/cards-page'), 'CardsPage');
const ProjectorChoicePage = page(
  () => import('@/features/workshops/projector/projector-page'),
  'ProjectorChoicePage',
);
const ProjectorPage = page(() => import('@/features/workshops/projector/projector-page'), 'ProjectorPage');
const SessionsPage = page(() => import('@/features/workshops/groups/sessions-page'), 'SessionsPage');
const AttendancePage = page(
  () => import('@/features/workshops/attendance/attendance-page'),
  'AttendancePage',
);

function StaffGate() {
  const { t } = useTranslation(['workshops', 'common']);
  const pinState = useStaffPinState();
  usePageTitle(t('common:app.documentTitle', { page: t('gate.title') }));
  return (
    <section className="page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('gate.title')}</h1>
      <p className="lead">{t('gate.intro')}</p>
      {pinState === undefined ? (
        <p className="loading">{t('common:status.loading')}</p>
      ) : pinState === 'unset' ? (
        <SetPinForm onSaved={staffSession.unlock} />
      ) : (
        <UnlockForm onUnlocked={staffSession.unlock} />
      )}
    </section>
  );
}

function StaffRoutes() {
  return (
    <Routes>
      <Route index element={<StaffHome />} />
      <Route path="roster" element={<RosterPage />} />
      <Route path="roster/import" element={<ImportPage />} />
      <Route path="roster/:memberId" element={<MemberPage />} />
      <Route path="groups" element={<GroupsPage />} />
      <Route path="groups/new" element={<GroupFormPage />} />
      <Route path="groups/:groupId" element={<GroupPage />} />
      <Route path="groups/:groupId/edit" element={<GroupFormPage />} />
      <Route path="groups/:groupId/cards" element={<CardsPage />} />
      <Route path="sessions" element={<SessionsPage />} />
      <Route path="sessions/:sessionId" element={<AttendancePage />} />
      <Route path="projector" element={<ProjectorChoicePage />} />
      <Route path="projector/:moduleId/:lessonId" element={<ProjectorPage />} />
      <Route path="*" element={<StaffHome />} />
    </Routes>
  );
}

/** Every /staff/* route: the PIN gate, then the staff screens. */
export function StaffPage() {
  const unlocked = useStaffUnlocked();
  // A lesson on the projector may stay on one step for a long explanation; it shows no roster data,
  // so the idle lock waits until the show ends instead of putting the PIN gate on the wall.
  const showing = useMatch('/staff/projector/:moduleId/:lessonId') !== null;
  useIdleLock(unlocked && !showing);
  return unlocked ? <StaffRoutes /> : <StaffGate />;
}

/**
 * Another feature's staff screens (the reports), composed in src/app: the same PIN gate and idle lock
 * as /staff/*, so nothing behind it is rendered (or read) before the PIN is given.
 */
export function StaffOnly({ children }: { children: ReactNode }) {
  const unlocked = useStaffUnlocked();
  useIdleLock(unlocked);
  return unlocked ? children : <StaffGate />;
}
