import { RequireAuth } from '../routes/require-auth';
import { AppLayout } from './app-layout';

/** The staff app's frame: the login check around the menu layout (one lazily loaded chunk). */
export function StaffLayout() {
  return (
    <RequireAuth>
      <AppLayout />
    </RequireAuth>
  );
}
