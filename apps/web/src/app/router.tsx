import { DIRECT_DEPOSIT_FEATURE_KEY } from '@cos/contracts';
import type { RouteHandle } from '@cos/ui';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SiteLayout } from '../components/layouts/site-layout.tsx';
import { PageLoading } from '../components/ui/page-loading.tsx';
import { pageLabelKey, paths, type PageKey } from '../config/paths.ts';
import { AccountNav } from '../features/auth/components/account-nav.tsx';
import { IdleTimeout } from '../features/auth/components/idle-timeout.tsx';
import { RequireSignedIn } from '../features/auth/components/require-signed-in.tsx';
import { noticesQueryOptions } from '../features/notices/api/get-notices.ts';
import { SiteNotices, type NoticesHandle } from '../features/notices/components/site-notices.tsx';
import { loadPageStrings } from '../lib/i18n.ts';
import { CaseErrorRoute } from './routes/my-case/case-error.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';

// Home and the Notices page place the notices themselves; the sign-in pages have them all above
// the form; other pages only the notices for signed-in parents (features/notices/site-notices.tsx).
const inPageNotices: NoticesHandle = { notices: 'inPage' };
const allNotices: NoticesHandle = { notices: 'all' };

/** The page explains the Direct Deposit outage itself, so the site banner for it is left out there. */
const directDepositNotices: NoticesHandle = { excludeFeature: DIRECT_DEPOSIT_FEATURE_KEY };

function titled(key: PageKey): RouteHandle {
  return { titleKey: pageLabelKey(key) };
}

// Every page is its own chunk, fetched when a visitor first opens it (`lazy`), so a first visit to
// the sign-in page downloads the layout and that page only (docs/benchmarks.md, page weight). The
// layout, the guard and the error pages stay in the main chunk: every page needs them at once.
//
// Every `signedIn` page sits under the guard; a page added to paths.ts with `signedIn: true`
// and no route here would be a bug, which paths.test.ts catches. Loaders fill the query cache
// before a page renders (they wait for the session and fetch nothing for a signed-out visitor).
function signedInRoutes(queryClient: QueryClient): RouteObject[] {
  // On a fresh visit the layout shows at once and the page says it is loading while its loader runs.
  const loading = { hydrateFallbackElement: <PageLoading /> };
  const caseRoute = { ...loading, errorElement: <CaseErrorRoute /> };
  return [
    {
      path: paths.registered.path,
      lazy: () => import('./routes/registered.tsx').then((page) => ({ Component: page.RegisteredRoute })),
      handle: titled('registered'),
    },
    {
      path: paths.security.path,
      lazy: () => import('./routes/security.tsx').then((page) => ({ Component: page.SecurityRoute })),
      handle: titled('security'),
    },
    {
      path: paths.changePassword.path,
      lazy: () =>
        import('./routes/change-password.tsx').then((page) => ({ Component: page.ChangePasswordRoute })),
      handle: titled('changePassword'),
    },
    {
      path: paths.securityQuestions.path,
      lazy: () =>
        import('./routes/security-questions.tsx').then((page) => ({
          Component: page.SecurityQuestionsRoute,
        })),
      handle: titled('securityQuestions'),
    },
    {
      path: paths.directDeposit.path,
      lazy: () =>
        import('./routes/direct-deposit.tsx').then((page) => ({
          Component: page.DirectDepositRoute,
          loader: page.directDepositLoader(queryClient),
        })),
      ...loading,
      handle: { ...titled('directDeposit'), ...directDepositNotices },
    },
    {
      path: paths.myCase.path,
      lazy: () =>
        import('./routes/my-case/my-case.tsx').then((page) => ({
          Component: page.MyCaseRoute,
          loader: page.myCaseLoader(queryClient),
        })),
      ...loading,
      handle: titled('myCase'),
    },
    {
      path: paths.documents.path,
      lazy: () =>
        import('./routes/documents.tsx').then((page) => ({
          Component: page.DocumentsRoute,
          loader: page.documentsLoader(queryClient),
        })),
      ...loading,
      handle: titled('documents'),
    },
    {
      path: paths.appointments.path,
      lazy: () =>
        import('./routes/appointments.tsx').then((page) => ({
          Component: page.AppointmentsRoute,
          loader: page.appointmentsLoader(queryClient),
        })),
      ...loading,
      handle: titled('appointments'),
    },
    {
      path: paths.payments.path,
      lazy: () =>
        import('./routes/my-case/payments-chooser.tsx').then((page) => ({
          Component: page.PaymentsRoute,
          loader: page.paymentsLoader(queryClient),
        })),
      ...loading,
      handle: titled('payments'),
    },
    {
      path: paths.provideInfo.path,
      lazy: () =>
        import('./routes/provide-info.tsx').then((page) => ({
          Component: page.ProvideInfoRoute,
          loader: page.provideInfoLoader(queryClient),
        })),
      ...loading,
      handle: titled('provideInfo'),
    },
    {
      path: paths.makePayment.path,
      lazy: () =>
        import('./routes/make-payment.tsx').then((page) => ({
          Component: page.MakePaymentRoute,
          loader: page.makePaymentLoader(queryClient),
        })),
      ...loading,
      handle: titled('makePayment'),
    },
    {
      path: paths.paymentReceipt.path,
      lazy: () =>
        import('./routes/payment-receipt.tsx').then((page) => ({
          Component: page.PaymentReceiptRoute,
          loader: page.paymentReceiptLoader(queryClient),
        })),
      ...loading,
      handle: titled('paymentReceipt'),
    },
    {
      path: paths.notifications.path,
      lazy: () =>
        import('./routes/notifications.tsx').then((page) => ({
          Component: page.NotificationsRoute,
          loader: page.notificationsLoader(queryClient),
        })),
      ...loading,
      handle: titled('notifications'),
    },
    // A case that is not on this account (404) gets its own page from the error element.
    {
      path: paths.caseDetail.path,
      lazy: () =>
        import('./routes/my-case/case-detail.tsx').then((page) => ({
          Component: page.CaseDetailRoute,
          loader: page.caseDetailLoader(queryClient),
        })),
      ...caseRoute,
      handle: titled('caseDetail'),
    },
    {
      path: paths.casePayments.path,
      lazy: () =>
        import('./routes/my-case/case-payments.tsx').then((page) => ({
          Component: page.CasePaymentsRoute,
          loader: page.casePaymentsLoader(queryClient),
        })),
      ...caseRoute,
      handle: titled('casePayments'),
    },
    {
      path: paths.caseStatement.path,
      lazy: () =>
        import('./routes/my-case/case-statement.tsx').then((page) => ({
          Component: page.CaseStatementRoute,
          loader: page.caseStatementLoader(queryClient),
        })),
      ...caseRoute,
      handle: titled('caseStatement'),
    },
  ];
}

// The sign-in steps show only the strings of the main chunk; every other page fetches the page
// strings (one chunk, lib/i18n.ts) beside its own code, so it never shows a key for a moment.
const signInSteps = new Set<string>([paths.signIn.path, paths.signInPassword.path, paths.signInCode.path]);

function withPageStrings(routes: RouteObject[], i18n: I18n): RouteObject[] {
  return routes.map((route) => {
    const children = route.children ? { children: withPageStrings(route.children, i18n) } : {};
    const { lazy } = route;
    if (typeof lazy !== 'function' || (route.path && signInSteps.has(route.path)))
      return { ...route, ...children } as RouteObject;
    const withStrings = () => Promise.all([lazy(), loadPageStrings(i18n)]).then(([page]) => page);
    return { ...route, ...children, lazy: withStrings } as RouteObject;
  });
}

export function createAppRouter(queryClient: QueryClient, i18n: I18n) {
  // The notices are asked for now, beside the first page's own code, not after it has loaded:
  // every page waits for them before it shows (SiteNotices), so a banner never moves the page.
  void queryClient.prefetchQuery(noticesQueryOptions('public'));
  const routes: RouteObject[] = [
    {
      element: <SiteLayout account={<AccountNav />} overlays={<IdleTimeout />} Notices={SiteNotices} />,
      children: [
        {
          // Below the layout, so a failing page still shows the header, navigation and footer.
          errorElement: <RouteErrorRoute />,
          children: [
            {
              index: true,
              lazy: () => import('./routes/home.tsx').then((page) => ({ Component: page.HomeRoute })),
              handle: { ...titled('home'), ...inPageNotices },
            },
            {
              path: paths.notices.path,
              lazy: () => import('./routes/notices.tsx').then((page) => ({ Component: page.NoticesRoute })),
              handle: { ...titled('notices'), ...inPageNotices },
            },
            {
              path: paths.services.path,
              lazy: () => import('./routes/services.tsx').then((page) => ({ Component: page.ServicesRoute })),
              handle: titled('services'),
            },
            {
              path: paths.privacy.path,
              lazy: () => import('./routes/privacy.tsx').then((page) => ({ Component: page.PrivacyRoute })),
              handle: titled('privacy'),
            },
            {
              path: paths.siteMap.path,
              lazy: () => import('./routes/site-map.tsx').then((page) => ({ Component: page.SiteMapRoute })),
              handle: titled('siteMap'),
            },
            {
              path: paths.signIn.path,
              lazy: () => import('./routes/sign-in.tsx').then((page) => ({ Component: page.SignInRoute })),
              handle: { ...titled('signIn'), ...allNotices },
            },
            {
              path: paths.signInPassword.path,
              lazy: () =>
                import('./routes/sign-in-password.tsx').then((page) => ({
                  Component: page.SignInPasswordRoute,
                })),
              handle: { ...titled('signInPassword'), ...allNotices },
            },
            {
              path: paths.signInCode.path,
              lazy: () =>
                import('./routes/sign-in-code.tsx').then((page) => ({ Component: page.SignInCodeRoute })),
              handle: { ...titled('signInCode'), ...allNotices },
            },
            {
              path: paths.register.path,
              lazy: () => import('./routes/register.tsx').then((page) => ({ Component: page.RegisterRoute })),
              handle: titled('register'),
            },
            {
              path: paths.forgot.path,
              lazy: () => import('./routes/forgot.tsx').then((page) => ({ Component: page.ForgotRoute })),
              handle: titled('forgot'),
            },
            {
              path: paths.officeFinder.path,
              lazy: () =>
                import('./routes/office-finder.tsx').then((page) => ({
                  Component: page.OfficeFinderRoute,
                  loader: page.officeFinderLoader(queryClient),
                })),
              hydrateFallbackElement: <PageLoading />,
              handle: titled('officeFinder'),
            },
            {
              path: paths.applyNow.path,
              lazy: () => import('./routes/apply.tsx').then((page) => ({ Component: page.ApplyRoute })),
              handle: titled('applyNow'),
            },
            {
              path: paths.contact.path,
              lazy: () => import('./routes/contact.tsx').then((page) => ({ Component: page.ContactRoute })),
              handle: titled('contact'),
            },
            {
              path: paths.faq.path,
              lazy: () => import('./routes/faq.tsx').then((page) => ({ Component: page.FaqRoute })),
              handle: titled('faq'),
            },
            { element: <RequireSignedIn />, children: signedInRoutes(queryClient) },
            { path: '*', element: <NotFoundRoute />, handle: { titleKey: 'errors:notFound.title' } },
          ],
        },
      ],
    },
  ];
  return createBrowserRouter(withPageStrings(routes, i18n));
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const [router] = useState(() => createAppRouter(queryClient, i18n));
  return <RouterProvider router={router} />;
}
