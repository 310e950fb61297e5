// @vitest-environment jsdom
import { createI18n } from '@cos/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { SessionContext } from '../../../lib/session/session-context.tsx';
import { createSessionStore, type SignOutReason } from '../../../lib/session/session-store.ts';
import { RequireSignedIn } from './require-signed-in.tsx';

afterEach(cleanup);

function Where() {
  const location = useLocation();
  return <p>at {`${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string, setup: (store: ReturnType<typeof createSessionStore>) => void) {
  const store = createSessionStore({ requestRefresh: async () => null });
  setup(store);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  queryClient.setQueryData(['me'], {
    userId: 'demo.parent',
    firstName: 'Casey',
    lastName: 'Morgan',
    email: null,
    previousSignInAt: null,
    mustChangePassword: false,
    preferredLanguage: 'en',
  });
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <SessionContext value={store}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route element={<RequireSignedIn />}>
                <Route path="/security" element={<p>security page</p>} />
                <Route path="/change-password" element={<p>change password page</p>} />
              </Route>
              <Route path="*" element={<Where />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </SessionContext>
    </I18nextProvider>,
  );
}

const signedIn =
  (mustChangePassword = false) =>
  (store: ReturnType<typeof createSessionStore>) =>
    store.grant({ accessToken: 't', expiresIn: 900, mustChangePassword });
const signedOut = (reason: SignOutReason | null) => (store: ReturnType<typeof createSessionStore>) =>
  store.signedOut(reason);

describe('RequireSignedIn', () => {
  it('shows the page and the "last signed in" line to a signed-in parent', () => {
    renderAt('/security', signedIn());
    expect(screen.getByText('security page')).toBeTruthy();
    expect(screen.getByText('Welcome! This is your first sign-in.')).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in, and back afterwards', () => {
    renderAt('/security?tab=1', signedOut(null));
    expect(screen.getByText('at /sign-in?next=%2Fsecurity%3Ftab%3D1')).toBeTruthy();
  });

  it('keeps the way back after an idle timeout, not after choosing to sign out', () => {
    renderAt('/security', signedOut('idle'));
    expect(screen.getByText('at /sign-in?next=%2Fsecurity')).toBeTruthy();
    cleanup();
    renderAt('/security', signedOut('user'));
    expect(screen.getByText('at /sign-in')).toBeTruthy();
  });

  it('lets a session that must change its password reach only Change Password', () => {
    renderAt('/security', signedIn(true));
    expect(screen.getByText('change password page')).toBeTruthy();
  });

  it('waits while the silent refresh runs', () => {
    renderAt('/security', () => undefined);
    expect(screen.getByRole('status').textContent).toBe('Checking that you are signed in…');
  });
});
