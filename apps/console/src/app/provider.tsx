import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createConsoleI18n } from '../lib/i18n.ts';

function createQueryClient() {
  return new QueryClient({
    // Staff act on what they see (unlock, notes): refetch soon rather than show stale status.
    defaultOptions: { queries: { staleTime: 5_000, retry: 1 } },
  });
}

/** Translations and the server-state cache around the console's routes. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(createConsoleI18n);
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
