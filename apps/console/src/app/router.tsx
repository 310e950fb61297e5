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
import { AccountRoute } from './routes/account.tsx';
import { ApplicationRoute } from './routes/application.tsx';
import { ApplicationsRoute } from './routes/applications.tsx';
import { AppointmentsRoute } from './routes/appointments.tsx';
import { AppVersionPolicyRoute } from './routes/app-version-policy.tsx';
import { AuditRoute } from './routes/audit.tsx';
import { ChangePasswordRoute } from './routes/change-password.tsx';
import { ChangeRequestRoute } from './routes/change-request.tsx';
import { ChoosePasswordRoute } from './routes/choose-password.tsx';
import { ChangeRequestsRoute } from './routes/change-requests.tsx';
import { ContactRequestRoute } from './routes/contact-request.tsx';
import { ContactRequestsRoute } from './routes/contact-requests.tsx';
import { DocumentsRoute } from './routes/documents.tsx';
import { EnrolTotpRoute } from './routes/enrol-totp.tsx';
import { FeatureSwitchesRoute } from './routes/feature-switches.tsx';
import { LookupRoute } from './routes/lookup.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { NoticesRoute } from './routes/notices.tsx';
import { OfficeEditRoute } from './routes/office-edit.tsx';
import { OfficeNewRoute } from './routes/office-new.tsx';
import { OfficesRoute } from './routes/offices.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';
import { SignInRoute } from './routes/sign-in.tsx';
import { StaffUsersRoute } from './routes/staff-users.tsx';
import { JobsRoute } from './routes/jobs.tsx';
import { DevMailRoute } from './routes/dev-mail.tsx';

const titled = (key: PageKey): RouteHandle => ({ titleKey: `common:pages.${key}` });

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
              { path: paths.signIn.path, element: <SignInRoute />, handle: titled('signIn') },
              { path: paths.enrolTotp.path, element: <EnrolTotpRoute />, handle: titled('enrolTotp') },
              {
                path: paths.choosePassword.path,
                element: <ChoosePasswordRoute />,
                handle: titled('choosePassword'),
              },
              {
                element: <RequireStaff requires={paths.home.role} />,
                children: [
                  { index: true, element: <LookupRoute />, handle: titled('home') },
                  { path: paths.account.path, element: <AccountRoute />, handle: titled('account') },
                  {
                    path: paths.changePassword.path,
                    element: <ChangePasswordRoute />,
                    handle: titled('changePassword'),
                  },
                  {
                    path: paths.contactRequests.path,
                    element: <ContactRequestsRoute />,
                    handle: titled('contactRequests'),
                  },
                  {
                    path: paths.contactRequest.path,
                    element: <ContactRequestRoute />,
                    handle: titled('contactRequest'),
                  },
                  {
                    path: paths.changeRequests.path,
                    element: <ChangeRequestsRoute />,
                    handle: titled('changeRequests'),
                  },
                  {
                    path: paths.changeRequest.path,
                    element: <ChangeRequestRoute />,
                    handle: titled('changeRequest'),
                  },
                  {
                    path: paths.applications.path,
                    element: <ApplicationsRoute />,
                    handle: titled('applications'),
                  },
                  {
                    path: paths.application.path,
                    element: <ApplicationRoute />,
                    handle: titled('application'),
                  },
                  { path: paths.documents.path, element: <DocumentsRoute />, handle: titled('documents') },
                  {
                    path: paths.appointments.path,
                    element: <AppointmentsRoute />,
                    handle: titled('appointments'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.audit.role} />,
                children: [{ path: paths.audit.path, element: <AuditRoute />, handle: titled('audit') }],
              },
              {
                element: <RequireStaff requires={paths.notices.role} />,
                children: [
                  { path: paths.notices.path, element: <NoticesRoute />, handle: titled('notices') },
                  {
                    path: paths.featureSwitches.path,
                    element: <FeatureSwitchesRoute />,
                    handle: titled('featureSwitches'),
                  },
                  {
                    path: paths.appVersionPolicy.path,
                    element: <AppVersionPolicyRoute />,
                    handle: titled('appVersionPolicy'),
                  },
                ],
              },
              {
                element: <RequireStaff requires={paths.staffUsers.role} />,
                children: [
                  { path: paths.staffUsers.path, element: <StaffUsersRoute />, handle: titled('staffUsers') },
                  { path: paths.jobs.path, element: <JobsRoute />, handle: titled('jobs') },
                  { path: paths.devMail.path, element: <DevMailRoute />, handle: titled('devMail') },
                ],
              },
              {
                element: <RequireStaff requires={paths.offices.role} />,
                children: [
                  { path: paths.offices.path, element: <OfficesRoute />, handle: titled('offices') },
                  { path: paths.officeNew.path, element: <OfficeNewRoute />, handle: titled('officeNew') },
                  { path: paths.officeEdit.path, element: <OfficeEditRoute />, handle: titled('officeEdit') },
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
