import type { RouteHandle } from '@cos/ui';
import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConsoleLayout } from '../components/layouts/console-layout.tsx';
import { basename, paths, type PageKey } from '../config/paths.ts';
import { AccountNav } from '../features/auth/components/account-nav.tsx';
import { IdleTimeout } from '../features/auth/components/idle-timeout.tsx';
import { RequireStaff } from '../features/auth/components/require-staff.tsx';
import { StaffNotices } from '../features/content/components/staff-notices.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';

const titled = (key: PageKey): RouteHandle => ({ titleKey: `common:pages.${key}` });

// Every page is its own chunk, fetched when it is first opened (`lazy`): the sign-in page loads
// the layout and itself only (docs/benchmarks.md, page weight).
// Pages sit under a guard of the least role that may use them (paths.ts says which); the API
// checks the same on every call, so the guard only spares staff a page that would fail.
export function createConsoleRouter() {
  return createBrowserRouter(
    [
      {
        element: (
          <ConsoleLayout account={<AccountNav />} overlays={<IdleTimeout />} notices={<StaffNotices />} />
        ),
        children: [
          {
            errorElement: <RouteErrorRoute />,
            children: [
              {
                path: paths.signIn.path,
                lazy: () => import('./routes/sign-in.tsx').then((page) => ({ Component: page.SignInRoute })),
                handle: titled('signIn'),
              },
              {
                path: paths.enrolTotp.path,
                lazy: () =>
                  import('./routes/enrol-totp.tsx').then((page) => ({ Component: page.EnrolTotpRoute })),
                handle: titled('enrolTotp'),
              },
              {
                path: paths.choosePassword.path,
                lazy: () =>
                  import('./routes/choose-password.tsx').then((page) => ({
                    Component: page.ChoosePasswordRoute,
                  })),
                handle: titled('choosePassword'),
              },
              {
                element: <RequireStaff requires={paths.home.role} />,
                children: [
                  {
                    index: true,
                    lazy: () =>
                      import('./routes/lookup.tsx').then((page) => ({ Component: page.LookupRoute })),
                    handle: titled('home'),
                  },
                  {
                    path: paths.account.path,
                    lazy: () =>
                      import('./routes/account.tsx').then((page) => ({ Component: page.AccountRoute })),
                    handle: titled('account'),
                  },
                  {
                    path: paths.changePassword.path,
                    lazy: () =>
                      import('./routes/change-password.tsx').then((page) => ({
                        Component: page.ChangePasswordRoute,
                      })),
                    handle: titled('changePassword'),
                  },
                  {
                    path: paths.contactRequests.path,
                    lazy: () =>
                      import('./routes/contact-requests.tsx').then((page) => ({
                        Component: page.ContactRequestsRoute,
                      })),
                    handle: titled('contactRequests'),
                  },
                  {
                    path: paths.contactRequest.path,
                    lazy: () =>
                      import('./routes/contact-request.tsx').then((page) => ({
                        Component: page.ContactRequestRoute,
                      })),
                    handle: titled('contactRequest'),
                  },
                  {
                    path: paths.changeRequests.path,
                    lazy: () =>
                      import('./routes/change-requests.tsx').then((page) => ({
                        Component: page.ChangeRequestsRoute,
                      })),
                    handle: titled('changeRequests'),
                  },
                  {
                    path: paths.changeRequest.path,
                    lazy: () =>
                      import('./routes/change-request.tsx').then((page) => ({
                        Component: page.ChangeRequestRoute,
                      })),
                    handle: titled('changeRequest'),
                  },
                  {
                    path: paths.applications.path,
                    lazy: () =>
                      import('./routes/applications.tsx').then((page) => ({
                        Component: page.ApplicationsRoute,
                      })),
                    handle: titled('applications'),
                  },
                  {
                    path: paths.application.path,
                    lazy: () =>
                      import('./routes/application.tsx').then((page) => ({
                        Component: page.ApplicationRoute,
                      })),
                    handle: titled('application'),
                  },
                  {
                    path: paths.documents.path,
                    lazy: () =>
                      import('./routes/documents.tsx').then((page) => ({ Component: page.DocumentsRoute })),
                    handle: titled('documents'),
                  },
                  {
                    path: paths.appointments.path,
                    lazy: () =>
                      import('./routes/appointments.tsx').then((page) => ({
                        Component: page.AppointmentsRoute,
                      })),
                    handle: titled('appointments'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.audit.role} />,
                children: [
                  {
                    path: paths.audit.path,
                    lazy: () => import('./routes/audit.tsx').then((page) => ({ Component: page.AuditRoute })),
                    handle: titled('audit'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.notices.role} />,
                children: [
                  {
                    path: paths.notices.path,
                    lazy: () =>
                      import('./routes/notices.tsx').then((page) => ({ Component: page.NoticesRoute })),
                    handle: titled('notices'),
                  },
                  {
                    path: paths.featureSwitches.path,
                    lazy: () =>
                      import('./routes/feature-switches.tsx').then((page) => ({
                        Component: page.FeatureSwitchesRoute,
                      })),
                    handle: titled('featureSwitches'),
                  },
                  {
                    path: paths.appVersionPolicy.path,
                    lazy: () =>
                      import('./routes/app-version-policy.tsx').then((page) => ({
                        Component: page.AppVersionPolicyRoute,
                      })),
                    handle: titled('appVersionPolicy'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.staffUsers.role} />,
                children: [
                  {
                    path: paths.staffUsers.path,
                    lazy: () =>
                      import('./routes/staff-users.tsx').then((page) => ({
                        Component: page.StaffUsersRoute,
                      })),
                    handle: titled('staffUsers'),
                  },
                  {
                    path: paths.jobs.path,
                    lazy: () => import('./routes/jobs.tsx').then((page) => ({ Component: page.JobsRoute })),
                    handle: titled('jobs'),
                  },
                  {
                    path: paths.devMail.path,
                    lazy: () =>
                      import('./routes/dev-mail.tsx').then((page) => ({ Component: page.DevMailRoute })),
                    handle: titled('devMail'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.offices.role} />,
                children: [
                  {
                    path: paths.offices.path,
                    lazy: () =>
                      import('./routes/offices.tsx').then((page) => ({ Component: page.OfficesRoute })),
                    handle: titled('offices'),
                  },
                  {
                    path: paths.officeNew.path,
                    lazy: () =>
                      import('./routes/office-new.tsx').then((page) => ({ Component: page.OfficeNewRoute })),
                    handle: titled('officeNew'),
                  },
                  {
                    path: paths.officeEdit.path,
                    lazy: () =>
                      import('./routes/office-edit.tsx').then((page) => ({
                        Component: page.OfficeEditRoute,
                      })),
                    handle: titled('officeEdit'),
                  },
                ],
              },
              {
                path: '*',
                element: <NotFoundRoute />,
                handle: { titleKey: 'errors:notFound.title' } satisfies RouteHandle,
              },
            ],
          },
        ],
      },
    ],
    { basename },
  );
}

export function AppRouter() {
  const [router] = useState(createConsoleRouter);
  return <RouterProvider router={router} />;
}
