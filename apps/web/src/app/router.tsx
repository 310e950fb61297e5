import type { RouteHandle } from '@cos/ui';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SiteLayout } from '../components/layouts/site-layout.tsx';
import { PageLoading } from '../components/ui/page-loading.tsx';
import { pageLabelKey, paths, type PageKey } from '../config/paths.ts';
import { AccountNav } from '../features/auth/components/account-nav.tsx';
import { IdleTimeout } from '../features/auth/components/idle-timeout.tsx';
import { RequireSignedIn } from '../features/auth/components/require-signed-in.tsx';
import { SiteNotices, type NoticesHandle } from '../features/notices/components/site-notices.tsx';
import { ApplyRoute } from './routes/apply.tsx';
import { ChangePasswordRoute } from './routes/change-password.tsx';
import { DirectDepositRoute, directDepositLoader, directDepositNotices } from './routes/direct-deposit.tsx';
import { ContactRoute } from './routes/contact.tsx';
import { FaqRoute } from './routes/faq.tsx';
import { ForgotRoute } from './routes/forgot.tsx';
import { HomeRoute } from './routes/home.tsx';
import { CaseDetailRoute, caseDetailLoader } from './routes/my-case/case-detail.tsx';
import { CaseErrorRoute } from './routes/my-case/case-error.tsx';
import { CasePaymentsRoute, casePaymentsLoader } from './routes/my-case/case-payments.tsx';
import { CaseStatementRoute, caseStatementLoader } from './routes/my-case/case-statement.tsx';
import { MyCaseRoute, myCaseLoader } from './routes/my-case/my-case.tsx';
import { MakePaymentRoute, makePaymentLoader } from './routes/make-payment.tsx';
import { NotificationsRoute, notificationsLoader } from './routes/notifications.tsx';
import { PaymentReceiptRoute, paymentReceiptLoader } from './routes/payment-receipt.tsx';
import { ProvideInfoRoute, provideInfoLoader } from './routes/provide-info.tsx';
import { AppointmentsRoute, appointmentsLoader } from './routes/appointments.tsx';
import { DocumentsRoute, documentsLoader } from './routes/documents.tsx';
import { PaymentsRoute, paymentsLoader } from './routes/my-case/payments-chooser.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { NoticesRoute } from './routes/notices.tsx';
import { OfficeFinderRoute, officeFinderLoader } from './routes/office-finder.tsx';
import { PrivacyRoute } from './routes/privacy.tsx';
import { RegisterRoute } from './routes/register.tsx';
import { RegisteredRoute } from './routes/registered.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';
import { SecurityQuestionsRoute } from './routes/security-questions.tsx';
import { SecurityRoute } from './routes/security.tsx';
import { SignInCodeRoute } from './routes/sign-in-code.tsx';
import { ServicesRoute } from './routes/services.tsx';
import { SignInPasswordRoute } from './routes/sign-in-password.tsx';
import { SignInRoute } from './routes/sign-in.tsx';
import { SiteMapRoute } from './routes/site-map.tsx';

// Home and the Notices page place the notices themselves; the sign-in pages have them all above
// the form; other pages only the notices for signed-in parents (features/notices/site-notices.tsx).
const inPageNotices: NoticesHandle = { notices: 'inPage' };
const allNotices: NoticesHandle = { notices: 'all' };

function titled(key: PageKey): RouteHandle {
  return { titleKey: pageLabelKey(key) };
}

// Every `signedIn` page sits under the guard; a page added to paths.ts with `signedIn: true`
// and no route here would be a bug, which paths.test.ts catches. Loaders fill the query cache
// before a page renders (they wait for the session and fetch nothing for a signed-out visitor).
function signedInRoutes(queryClient: QueryClient): RouteObject[] {
  // On a fresh visit the layout shows at once and the page says it is loading while its loader runs.
  const loading = { hydrateFallbackElement: <PageLoading /> };
  const caseRoute = { ...loading, errorElement: <CaseErrorRoute /> };
  return [
    { path: paths.registered.path, element: <RegisteredRoute />, handle: titled('registered') },
    { path: paths.security.path, element: <SecurityRoute />, handle: titled('security') },
    { path: paths.changePassword.path, element: <ChangePasswordRoute />, handle: titled('changePassword') },
    {
      path: paths.securityQuestions.path,
      element: <SecurityQuestionsRoute />,
      handle: titled('securityQuestions'),
    },
    {
      path: paths.directDeposit.path,
      element: <DirectDepositRoute />,
      loader: directDepositLoader(queryClient),
      ...loading,
      handle: { ...titled('directDeposit'), ...directDepositNotices },
    },
    {
      path: paths.myCase.path,
      element: <MyCaseRoute />,
      loader: myCaseLoader(queryClient),
      ...loading,
      handle: titled('myCase'),
    },
    {
      path: paths.documents.path,
      element: <DocumentsRoute />,
      loader: documentsLoader(queryClient),
      ...loading,
      handle: titled('documents'),
    },
    {
      path: paths.appointments.path,
      element: <AppointmentsRoute />,
      loader: appointmentsLoader(queryClient),
      ...loading,
      handle: titled('appointments'),
    },
    {
      path: paths.payments.path,
      element: <PaymentsRoute />,
      loader: paymentsLoader(queryClient),
      ...loading,
      handle: titled('payments'),
    },
    {
      path: paths.provideInfo.path,
      element: <ProvideInfoRoute />,
      loader: provideInfoLoader(queryClient),
      ...loading,
      handle: titled('provideInfo'),
    },
    {
      path: paths.makePayment.path,
      element: <MakePaymentRoute />,
      loader: makePaymentLoader(queryClient),
      ...loading,
      handle: titled('makePayment'),
    },
    {
      path: paths.paymentReceipt.path,
      element: <PaymentReceiptRoute />,
      loader: paymentReceiptLoader(queryClient),
      ...loading,
      handle: titled('paymentReceipt'),
    },
    {
      path: paths.notifications.path,
      element: <NotificationsRoute />,
      loader: notificationsLoader(queryClient),
      ...loading,
      handle: titled('notifications'),
    },
    // A case that is not on this account (404) gets its own page from the error element.
    {
      path: paths.caseDetail.path,
      element: <CaseDetailRoute />,
      loader: caseDetailLoader(queryClient),
      ...caseRoute,
      handle: titled('caseDetail'),
    },
    {
      path: paths.casePayments.path,
      element: <CasePaymentsRoute />,
      loader: casePaymentsLoader(queryClient),
      ...caseRoute,
      handle: titled('casePayments'),
    },
    {
      path: paths.caseStatement.path,
      element: <CaseStatementRoute />,
      loader: caseStatementLoader(queryClient),
      ...caseRoute,
      handle: titled('caseStatement'),
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      element: <SiteLayout account={<AccountNav />} overlays={<IdleTimeout />} notices={<SiteNotices />} />,
      children: [
        {
          // Below the layout, so a failing page still shows the header, navigation and footer.
          errorElement: <RouteErrorRoute />,
          children: [
            { index: true, element: <HomeRoute />, handle: { ...titled('home'), ...inPageNotices } },
            {
              path: paths.notices.path,
              element: <NoticesRoute />,
              handle: { ...titled('notices'), ...inPageNotices },
            },
            { path: paths.services.path, element: <ServicesRoute />, handle: titled('services') },
            { path: paths.privacy.path, element: <PrivacyRoute />, handle: titled('privacy') },
            { path: paths.siteMap.path, element: <SiteMapRoute />, handle: titled('siteMap') },
            {
              path: paths.signIn.path,
              element: <SignInRoute />,
              handle: { ...titled('signIn'), ...allNotices },
            },
            {
              path: paths.signInPassword.path,
              element: <SignInPasswordRoute />,
              handle: { ...titled('signInPassword'), ...allNotices },
            },
            {
              path: paths.signInCode.path,
              element: <SignInCodeRoute />,
              handle: { ...titled('signInCode'), ...allNotices },
            },
            { path: paths.register.path, element: <RegisterRoute />, handle: titled('register') },
            { path: paths.forgot.path, element: <ForgotRoute />, handle: titled('forgot') },
            {
              path: paths.officeFinder.path,
              element: <OfficeFinderRoute />,
              loader: officeFinderLoader(queryClient),
              hydrateFallbackElement: <PageLoading />,
              handle: titled('officeFinder'),
            },
            { path: paths.applyNow.path, element: <ApplyRoute />, handle: titled('applyNow') },
            { path: paths.contact.path, element: <ContactRoute />, handle: titled('contact') },
            { path: paths.faq.path, element: <FaqRoute />, handle: titled('faq') },
            { element: <RequireSignedIn />, children: signedInRoutes(queryClient) },
            { path: '*', element: <NotFoundRoute />, handle: { titleKey: 'errors:notFound.title' } },
          ],
        },
      ],
    },
  ]);
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const [router] = useState(() => createAppRouter(queryClient));
  return <RouterProvider router={router} />;
}
