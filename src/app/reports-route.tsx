// /reports/*: the coordinator's reports behind the staff area's PIN gate and idle lock. Composed here
// because a feature never imports another one.
import { ReportsPage } from '@/features/reports/reports-page';
import { StaffOnly } from '@/features/workshops/staff-page';

export function ReportsRoute() {
  return (
    <StaffOnly>
      <ReportsPage />
    </StaffOnly>
  );
}
