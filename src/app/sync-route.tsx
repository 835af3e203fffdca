// /sync: the sync settings and status behind the staff area's PIN gate and idle lock. Composed here
// because a feature never imports another one.
import { SyncPage } from '@/features/sync-ui/sync-page';
import { StaffOnly } from '@/features/workshops/staff-page';

export function SyncRoute() {
  return (
    <StaffOnly>
      <SyncPage />
    </StaffOnly>
  );
}
