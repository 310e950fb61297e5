import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ResourceLanguage } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { currentSearch } from '../features/lookup/lib/current-search.ts';
import { isApiError } from '../lib/api-client.ts';
import { createConsoleI18n } from '../lib/i18n.ts';
import { session } from '../lib/session/session.ts';
import { SessionContext } from '../lib/session/session-context.tsx';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Every read of customer data is an audit event: nothing is read again behind the staff
        // member's back (no refetch on focus or reconnect), and an API answer (4xx) is final.
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status < 500),
      },
    },
  });
}

/** Translations, the staff session and the server-state cache around the console's routes. */
export function AppProvider({ children, spanish }: { children: ReactNode; spanish?: ResourceLanguage }) {
  const [i18n] = useState(() => createConsoleI18n(spanish));
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    // A reload keeps the staff member signed in: the refresh cookie buys a new access token.
    void session.start();
    // Nothing of a session outlives it: not the cache, not the search on screen.
    return session.subscribe(() => {
      if (session.getState().status !== 'signedOut') return;
      queryClient.clear();
      currentSearch.clear();
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
