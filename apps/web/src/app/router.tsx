import type { RouteHandle } from '@cos/ui';
import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SiteLayout } from '../components/layouts/site-layout.tsx';
import { listPages, pageLabelKey, paths, type PageKey } from '../config/paths.ts';
import { AccountNav } from '../features/auth/components/account-nav.tsx';
import { IdleTimeout } from '../features/auth/components/idle-timeout.tsx';
import { RequireSignedIn } from '../features/auth/components/require-signed-in.tsx';
import { ChangePasswordRoute } from './routes/change-password.tsx';
import { ComingSoonRoute } from './routes/coming-soon.tsx';
import { HomeRoute } from './routes/home.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PrivacyRoute } from './routes/privacy.tsx';
import { RegisterRoute } from './routes/register.tsx';
import { RegisteredRoute } from './routes/registered.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';
import { SecurityRoute } from './routes/security.tsx';
import { ServicesRoute } from './routes/services.tsx';
import { SignInPasswordRoute } from './routes/sign-in-password.tsx';
import { SignInRoute } from './routes/sign-in.tsx';
import { SiteMapRoute } from './routes/site-map.tsx';

function titled(key: PageKey): RouteHandle {
  return { titleKey: pageLabelKey(key) };
}

// Pages marked `comingSoon` in paths.ts get a placeholder until their issue replaces it here.
function comingSoonRoutes(signedIn: boolean): RouteObject[] {
  return listPages()
    .filter(({ page }) => page.comingSoon && Boolean(page.signedIn) === signedIn)
    .map(({ key, page }) => ({ path: page.path, element: <ComingSoonRoute page={key} />, handle: titled(key) }));
}

// Every `signedIn` page sits under the guard; a page added to paths.ts with `signedIn: true`
// and no route here would be a bug, which paths.test.ts catches.
const signedInRoutes: RouteObject[] = [
  { path: paths.registered.path, element: <RegisteredRoute />, handle: titled('registered') },
  { path: paths.security.path, element: <SecurityRoute />, handle: titled('security') },
  { path: paths.changePassword.path, element: <ChangePasswordRoute />, handle: titled('changePassword') },
  ...comingSoonRoutes(true),
];

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <SiteLayout account={<AccountNav />} overlays={<IdleTimeout />} />,
      children: [
        {
          // Below the layout, so a failing page still shows the header, navigation and footer.
          errorElement: <RouteErrorRoute />,
          children: [
            { index: true, element: <HomeRoute />, handle: titled('home') },
            { path: paths.services.path, element: <ServicesRoute />, handle: titled('services') },
            { path: paths.privacy.path, element: <PrivacyRoute />, handle: titled('privacy') },
            { path: paths.siteMap.path, element: <SiteMapRoute />, handle: titled('siteMap') },
            { path: paths.signIn.path, element: <SignInRoute />, handle: titled('signIn') },
            { path: paths.signInPassword.path, element: <SignInPasswordRoute />, handle: titled('signInPassword') },
            { path: paths.register.path, element: <RegisterRoute />, handle: titled('register') },
            { element: <RequireSignedIn />, children: signedInRoutes },
            ...comingSoonRoutes(false),
            { path: '*', element: <NotFoundRoute />, handle: { titleKey: 'errors:notFound.title' } },
          ],
        },
      ],
    },
  ]);
}

export function AppRouter() {
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}
