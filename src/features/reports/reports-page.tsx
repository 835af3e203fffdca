// Every /reports/* route. The PIN gate around it is composed in src/app (routes), so nothing of the
// roster is read before the staff area is unlocked.
import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const ReportsHome = page(() => import('@/features/reports/reports-home'), 'ReportsHome');
const GroupReportPage = page(() => import('@/features/reports/group-report-page'), 'GroupReportPage');
const MemberDataPage = page(() => import('@/features/reports/member-data-page'), 'MemberDataPage');
const EffectivenessPage = page(() => import('@/features/reports/effectiveness-page'), 'EffectivenessPage');
const AssessmentEntryPage = page(
  () => import('@/features/reports/assessment-entry-page'),
  'AssessmentEntryPage',
);
const CertificatesPage = page(() => import('@/features/reports/certificates-page'), 'CertificatesPage');

export function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportsHome />} />
      <Route path="groups/:groupId" element={<GroupReportPage />} />
      <Route path="groups/:groupId/certificates" element={<CertificatesPage />} />
      <Route path="members/:memberId" element={<MemberDataPage />} />
      <Route path="effectiveness" element={<EffectivenessPage />} />
      <Route path="effectiveness/enter" element={<AssessmentEntryPage />} />
      <Route path="*" element={<ReportsHome />} />
    </Routes>
  );
}
