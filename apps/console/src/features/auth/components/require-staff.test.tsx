// @vitest-environment jsdom
import type { StaffRole } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/i18n.ts';
import { SessionContext } from '../../../lib/session/session-context.tsx';
import { createSessionStore, type SessionStore } from '../../../lib/session/session-store.ts';
import { RequireStaff } from './require-staff.tsx';

afterEach(cleanup);

function Where() {
  const location = useLocation();
  return <p>at {`${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string, setup: (store: SessionStore) => void) {
  const store = createSessionStore({ requestRefresh: async () => null });
  setup(store);
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <SessionContext value={store}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route element={<RequireStaff requires="agent" />}>
              <Route index element={<p>lookup page</p>} />
              <Route path="/accounts/:id" element={<p>account page</p>} />
            </Route>
            <Route element={<RequireStaff requires="supervisor" />}>
              <Route path="/audit" element={<p>audit page</p>} />
            </Route>
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </SessionContext>
    </I18nextProvider>,
  );
}

const signedIn =
  (role: StaffRole, mustEnrollTotp = false, mustChangePassword = false) =>
  (store: SessionStore) =>
    store.grant({
      accessToken: 't',
      expiresIn: 900,
      role,
      displayName: 'Dana Whitfield',
      mustEnrollTotp,
      mustChangePassword,
    });

describe('RequireStaff', () => {
  it('shows a page to a role that includes it (admin ⊇ supervisor ⊇ agent)', () => {
    renderAt('/audit', signedIn('admin'));
    expect(screen.getByText('audit page')).toBeTruthy();
  });

  it('tells an agent that a supervisor page is not theirs', () => {
    renderAt('/audit', signedIn('agent'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You do not have access to this page');
    expect(screen.queryByText('audit page')).toBeNull();
  });

  it('sends a signed-out visitor to sign in, and back afterwards (not for the home page)', () => {
    renderAt('/accounts/abc', (store) => store.signedOut('expired'));
    expect(screen.getByText('at /sign-in?next=%2Faccounts%2Fabc')).toBeTruthy();
    cleanup();
    renderAt('/', (store) => store.signedOut(null));
    expect(screen.getByText('at /sign-in')).toBeTruthy();
  });

  it('keeps no way back after choosing to sign out', () => {
    renderAt('/audit', (store) => store.signedOut('user'));
    expect(screen.getByText('at /sign-in')).toBeTruthy();
  });

  it('lets a session that must set up its authenticator app reach only that page', () => {
    renderAt('/accounts/abc', signedIn('admin', true));
    expect(screen.getByText('at /set-up-authenticator')).toBeTruthy();
  });

  it('sends a session whose password is an administrator’s temporary one to choose a password first', () => {
    renderAt('/accounts/abc', signedIn('agent', true, true));
    expect(screen.getByText('at /choose-password')).toBeTruthy();
  });

  it('waits while the silent refresh runs', () => {
    renderAt('/', () => undefined);
    expect(screen.getByRole('status').textContent).toBe('Checking that you are signed in…');
  });
});
