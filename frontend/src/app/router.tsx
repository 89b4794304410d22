import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { PageSpinner } from '@/components/ui/page-spinner';
import { paths } from '@/config/paths';
import {
  EVALUATION_MANAGER_ROLES,
  EVALUATION_RATER_ROLES,
  EVALUATION_RESULT_ROLES,
  RECURRING_ROLES,
  SYNONYM_ROLES,
  type Role,
} from '@/lib/enums';
import { RouteErrorPage } from './routes/route-error';

// Every page and both layouts load lazily, each in its own chunk: the public portal never downloads
// the staff app (nor bpmn-js, which only the pages with a diagram load), and a staff page only what
// it shows. `lazy` resolves to the route's Component.

/** The staff pages: only for a logged-in user, and some only for certain roles. */
const staff = (load: () => Promise<{ Component: ComponentType }>, roles?: Role[]): Partial<RouteObject> => ({
  lazy: async () => {
    const [{ Component }, { RequireRole }] = await Promise.all([load(), import('./routes/require-auth')]);
    if (!roles) return { Component };
    return {
      Component: () => (
        <RequireRole roles={roles}>
          <Component />
        </RequireRole>
      ),
    };
  },
});

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      {
        path: paths.login.path,
        lazy: async () => ({ Component: (await import('@/features/auth/components/login-page')).LoginPage }),
      },
      {
        path: paths.twoFactorSetup.path,
        lazy: async () => ({
          Component: (await import('@/features/auth/components/two-factor-setup-page')).TwoFactorSetupPage,
        }),
      },
      {
        // open to everyone: the server sends non-administrators here from the engine's tools
        path: paths.noAccess.path,
        lazy: async () => ({ Component: (await import('./routes/no-access')).NoAccessPage }),
      },
      {
        lazy: async () => ({ Component: (await import('./layout/public-layout')).PublicLayout }),
        children: [
          {
            path: paths.publicLookup.path,
            lazy: async () => ({
              Component: (await import('@/features/admission-list/components/public-lookup-page')).PublicLookupPage,
            }),
          },
          {
            path: paths.publicLookupItem.path,
            lazy: async () => ({
              Component: (await import('@/features/admission-list/components/public-item-detail-page'))
                .PublicItemDetailPage,
            }),
          },
          {
            path: paths.publicReport.path,
            lazy: async () => ({ Component: (await import('@/features/portal/components/report-page')).ReportPage }),
          },
          {
            path: paths.publicTrack.path,
            lazy: async () => ({ Component: (await import('@/features/portal/components/track-page')).TrackPage }),
          },
          {
            path: paths.publicTypical.path,
            lazy: async () => ({
              Component: (await import('@/features/portal/components/typical-cases-page')).TypicalCasesPage,
            }),
          },
        ],
      },
      {
        lazy: async () => ({ Component: (await import('./layout/staff-layout')).StaffLayout }),
        children: [
          { path: paths.home.path, element: <Navigate to={paths.inbox.getHref()} replace /> },
          {
            path: paths.inbox.path,
            ...staff(async () => ({
              Component: (await import('@/features/inbox/components/inbox-page')).InboxPage,
            })),
          },
          {
            path: paths.applications.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission/components/applications-page')).ApplicationsPage,
            })),
          },
          {
            path: paths.applicationNew.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission/components/application-form-page')).ApplicationFormPage,
            })),
          },
          {
            path: paths.applicationDetail.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission/components/application-detail-page'))
                .ApplicationDetailPage,
            })),
          },
          {
            path: paths.applicationEdit.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission/components/application-form-page')).ApplicationFormPage,
            })),
          },
          {
            path: paths.admissionItems.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission-list/components/admission-items-page')).AdmissionItemsPage,
            })),
          },
          {
            path: paths.admissionItem.path,
            ...staff(async () => ({
              Component: (await import('@/features/admission-list/components/admission-item-detail-page'))
                .AdmissionItemDetailPage,
            })),
          },
          {
            path: paths.clues.path,
            ...staff(async () => ({ Component: (await import('@/features/clue/components/clues-page')).CluesPage })),
          },
          {
            path: paths.clueNew.path,
            ...staff(
              async () => ({ Component: (await import('@/features/clue/components/clue-record-page')).ClueRecordPage }),
              ['OFFICE'],
            ),
          },
          {
            path: paths.clueDetail.path,
            ...staff(async () => ({
              Component: (await import('@/features/clue/components/clue-detail-page')).ClueDetailPage,
            })),
          },
          {
            path: paths.burden.path,
            ...staff(async () => ({
              Component: (await import('@/features/burden/components/burden-page')).BurdenPage,
            })),
          },
          {
            path: paths.burdenVillage.path,
            ...staff(async () => ({
              Component: (await import('@/features/burden/components/village-burden-page')).VillageBurdenPage,
            })),
          },
          {
            path: paths.statistics.path,
            ...staff(
              async () => ({ Component: (await import('@/features/clue/components/statistics-page')).StatisticsPage }),
              ['OFFICE', 'VERIFIER', 'ADMIN'],
            ),
          },
          {
            path: paths.dashboard.path,
            ...staff(async () => ({
              Component: (await import('@/features/dashboard/components/dashboard-page')).DashboardPage,
            })),
          },
          {
            path: paths.warnings.path,
            ...staff(async () => ({
              Component: (await import('@/features/warnings/components/warnings-page')).WarningsPage,
            })),
          },
          {
            path: paths.recurring.path,
            ...staff(
              async () => ({
                Component: (await import('@/features/recurring/components/recurring-page')).RecurringPage,
              }),
              [...RECURRING_ROLES],
            ),
          },
          {
            path: paths.specialTopics.path,
            ...staff(async () => ({
              Component: (await import('@/features/recurring/components/topics-page')).TopicsPage,
            })),
          },
          {
            path: paths.specialTopicDetail.path,
            ...staff(async () => ({
              Component: (await import('@/features/recurring/components/topic-detail-page')).TopicDetailPage,
            })),
          },
          {
            path: paths.evaluationRounds.path,
            ...staff(
              async () => ({ Component: (await import('@/features/evaluation/components/rounds-page')).RoundsPage }),
              [...EVALUATION_MANAGER_ROLES],
            ),
          },
          {
            path: paths.evaluationComments.path,
            ...staff(
              async () => ({
                Component: (await import('@/features/evaluation/components/comments-page')).CommentsPage,
              }),
              [...EVALUATION_MANAGER_ROLES],
            ),
          },
          {
            path: paths.evaluationRate.path,
            ...staff(
              async () => ({ Component: (await import('@/features/evaluation/components/rate-page')).RatePage }),
              [...EVALUATION_RATER_ROLES],
            ),
          },
          {
            path: paths.evaluationResults.path,
            ...staff(
              async () => ({ Component: (await import('@/features/evaluation/components/results-page')).ResultsPage }),
              [...EVALUATION_RESULT_ROLES],
            ),
          },
          {
            path: paths.listReviews.path,
            ...staff(async () => ({
              Component: (await import('@/features/list-review/components/list-reviews-page')).ListReviewsPage,
            })),
          },
          {
            path: paths.listReviewDetail.path,
            ...staff(async () => ({
              Component: (await import('@/features/list-review/components/list-review-detail-page'))
                .ListReviewDetailPage,
            })),
          },
          {
            path: paths.notifications.path,
            ...staff(async () => ({
              Component: (await import('@/features/notifications/components/notifications-page')).NotificationsPage,
            })),
          },
          {
            path: paths.accountNotifications.path,
            ...staff(async () => ({
              Component: (await import('@/features/notifications/components/preferences-page')).PreferencesPage,
            })),
          },
          {
            path: paths.adminDeliveries.path,
            ...staff(
              async () => ({
                Component: (await import('@/features/notifications/components/deliveries-page')).DeliveriesPage,
              }),
              ['ADMIN'],
            ),
          },
          {
            path: paths.adminUsers.path,
            ...staff(
              async () => ({ Component: (await import('@/features/admin/components/users-page')).UsersPage }),
              ['ADMIN'],
            ),
          },
          {
            path: paths.adminOrgs.path,
            ...staff(
              async () => ({ Component: (await import('@/features/admin/components/orgs-page')).OrgsPage }),
              ['ADMIN'],
            ),
          },
          {
            path: paths.adminSynonyms.path,
            ...staff(
              async () => ({ Component: (await import('@/features/admin/components/synonyms-page')).SynonymsPage }),
              [...SYNONYM_ROLES],
            ),
          },
          {
            path: paths.adminCalendar.path,
            ...staff(
              async () => ({ Component: (await import('@/features/calendar/components/calendar-page')).CalendarPage }),
              ['ADMIN'],
            ),
          },
          {
            path: paths.accountPhrases.path,
            ...staff(async () => ({
              Component: (await import('@/features/phrases/components/phrases-page')).PhrasesPage,
            })),
          },
          {
            path: paths.accountTwoFactor.path,
            ...staff(async () => ({
              Component: (await import('@/features/auth/components/two-factor-account-page')).TwoFactorAccountPage,
            })),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundPage }),
          },
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
