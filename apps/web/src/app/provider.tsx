import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createWebI18n } from '../lib/i18n.ts';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Case data changes rarely within a visit; one retry covers a dropped connection without
      // making a parent wait through several failures.
      queries: { staleTime: 30_000, retry: 1 },
    },
  });
}

/** Everything the app needs around its routes: translations and the server-state cache. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(createWebI18n);
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
