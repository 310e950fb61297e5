import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ResourceLanguage } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createWebI18n } from '../lib/i18n.ts';
import { session } from '../lib/session/session.ts';
import { SessionContext } from '../lib/session/session-context.tsx';
import { isApiError } from '../lib/api-client.ts';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Case data changes rarely within a visit; one retry covers a dropped connection without
        // making a parent wait through several failures. An answer from the API (4xx) is final.
        staleTime: 30_000,
        retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status < 500),
      },
    },
  });
}

/** Everything the app needs around its routes: translations, the session and the server-state cache. */
export function AppProvider({ children, spanish }: { children: ReactNode; spanish?: ResourceLanguage }) {
  const [i18n] = useState(() => createWebI18n(spanish));
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    // A reload keeps the person signed in: the refresh cookie buys a new access token.
    void session.start();
    // Nothing of a session outlives it in the cache (the next person on this computer). Only a
    // session that ended is cleared: the first check finding nobody signed in must not cancel the
    // public queries (notices, offices) already under way, which then never settled.
    let previous = session.getState().status;
    return session.subscribe(() => {
      const { status } = session.getState();
      if (status === 'signedOut' && previous === 'signedIn') queryClient.clear();
      previous = status;
    });
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <SessionContext value={session}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </SessionContext>
    </I18nextProvider>
  );
}
