import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { AdmissionItemDetailPage } from '@/features/admission-list/components/admission-item-detail-page';
import { AdmissionItemsPage } from '@/features/admission-list/components/admission-items-page';
import { PublicItemDetailPage } from '@/features/admission-list/components/public-item-detail-page';
import { PublicLookupPage } from '@/features/admission-list/components/public-lookup-page';
import { ApplicationDetailPage } from '@/features/admission/components/application-detail-page';
import { ApplicationFormPage } from '@/features/admission/components/application-form-page';
import { ApplicationsPage } from '@/features/admission/components/applications-page';
import { OrgsPage } from '@/features/admin/components/orgs-page';
import { UsersPage } from '@/features/admin/components/users-page';
import { LoginPage } from '@/features/auth/components/login-page';
import { ClueDetailPage } from '@/features/clue/components/clue-detail-page';
import { ClueRecordPage } from '@/features/clue/components/clue-record-page';
import { CluesPage } from '@/features/clue/components/clues-page';
import { StatisticsPage } from '@/features/clue/components/statistics-page';
import { InboxPage } from '@/features/inbox/components/inbox-page';
import { ReportPage } from '@/features/portal/components/report-page';
import { TrackPage } from '@/features/portal/components/track-page';
import { TypicalCasesPage } from '@/features/portal/components/typical-cases-page';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { NotFoundPage } from './routes/not-found';
import { RequireAuth, RequireRole } from './routes/require-auth';
import { RouteErrorPage } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: paths.login.path, element: <LoginPage /> },
      {
        element: <PublicLayout />,
        children: [
          { path: paths.publicLookup.path, element: <PublicLookupPage /> },
          { path: paths.publicLookupItem.path, element: <PublicItemDetailPage /> },
          { path: paths.publicReport.path, element: <ReportPage /> },
          { path: paths.publicTrack.path, element: <TrackPage /> },
          { path: paths.publicTypical.path, element: <TypicalCasesPage /> },
        ],
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { path: paths.home.path, element: <Navigate to={paths.inbox.getHref()} replace /> },
          { path: paths.inbox.path, element: <InboxPage /> },
          { path: paths.applications.path, element: <ApplicationsPage /> },
          { path: paths.applicationNew.path, element: <ApplicationFormPage /> },
          { path: paths.applicationDetail.path, element: <ApplicationDetailPage /> },
          { path: paths.applicationEdit.path, element: <ApplicationFormPage /> },
          { path: paths.admissionItems.path, element: <AdmissionItemsPage /> },
          { path: paths.admissionItem.path, element: <AdmissionItemDetailPage /> },
          { path: paths.clues.path, element: <CluesPage /> },
          {
            path: paths.clueNew.path,
            element: (
              <RequireRole roles={['OFFICE']}>
                <ClueRecordPage />
              </RequireRole>
            ),
          },
          { path: paths.clueDetail.path, element: <ClueDetailPage /> },
          {
            path: paths.statistics.path,
            element: (
              <RequireRole roles={['OFFICE', 'VERIFIER', 'ADMIN']}>
                <StatisticsPage />
              </RequireRole>
            ),
          },
          {
            path: paths.adminUsers.path,
            element: (
              <RequireRole roles={['ADMIN']}>
                <UsersPage />
              </RequireRole>
            ),
          },
          {
            path: paths.adminOrgs.path,
            element: (
              <RequireRole roles={['ADMIN']}>
                <OrgsPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: '/' });
}

export function AppRouter({ router }: { router: ReturnType<typeof createRouter> }) {
  return <RouterProvider router={router} />;
}
