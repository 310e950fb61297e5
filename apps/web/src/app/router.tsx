import type { RouteHandle } from '@cos/ui';
import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SiteLayout } from '../components/layouts/site-layout.tsx';
import { listPages, pageLabelKey, paths, type PageKey } from '../config/paths.ts';
import { ComingSoonRoute } from './routes/coming-soon.tsx';
import { HomeRoute } from './routes/home.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PrivacyRoute } from './routes/privacy.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';
import { ServicesRoute } from './routes/services.tsx';
import { SignInPasswordRoute } from './routes/sign-in-password.tsx';
import { SignInRoute } from './routes/sign-in.tsx';
import { SiteMapRoute } from './routes/site-map.tsx';

function titled(key: PageKey): RouteHandle {
  return { titleKey: pageLabelKey(key) };
}

// Pages marked `comingSoon` in paths.ts get a placeholder until their issue replaces it here.
const comingSoonRoutes: RouteObject[] = listPages()
  .filter(({ page }) => page.comingSoon)
  .map(({ key, page }) => ({ path: page.path, element: <ComingSoonRoute page={key} />, handle: titled(key) }));

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <SiteLayout />,
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
            ...comingSoonRoutes,
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
