import type { RouteHandle } from '@cos/ui';
import { useState } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConsoleLayout } from '../components/layouts/console-layout.tsx';
import { basename, paths } from '../config/paths.ts';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteErrorRoute } from './routes/route-error.tsx';
import { SignInRoute } from './routes/sign-in.tsx';

export function createConsoleRouter() {
  return createBrowserRouter(
    [
      {
        element: <ConsoleLayout />,
        children: [
          {
            errorElement: <RouteErrorRoute />,
            children: [
              // Nothing to show before sign-in exists; the dashboard replaces this redirect later.
              { index: true, element: <Navigate to={paths.signIn.path} replace /> },
              {
                path: paths.signIn.path,
                element: <SignInRoute />,
                handle: { titleKey: 'common:pages.signIn' } satisfies RouteHandle,
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
