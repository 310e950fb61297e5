// The console's extras; the shared behaviour is tested with the store in @cos/ui.
import type { StaffSessionGrant } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { createSessionStore } from './session-store.ts';

const grant = (token: string, overrides: Partial<StaffSessionGrant> = {}): StaffSessionGrant => ({
  accessToken: token,
  expiresIn: 900,
  role: 'agent',
  displayName: 'Dana Whitfield',
  mustEnrollTotp: false,
  mustChangePassword: false,
  ...overrides,
});

describe('staff session store', () => {
  it("signs a reloaded console back in with the staff member's role and name", async () => {
    const store = createSessionStore({ requestRefresh: async () => grant('t1', { role: 'supervisor' }) });
    await expect(store.start()).resolves.toBe(true);
    expect(store.getState()).toEqual({
      status: 'signedIn',
      accessToken: 't1',
      expiresAt: expect.any(Number),
      role: 'supervisor',
      displayName: 'Dana Whitfield',
      mustEnrollTotp: false,
      mustChangePassword: false,
    });
  });

  it('remembers a session that may only set up the authenticator app', () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    store.grant(grant('t1', { mustEnrollTotp: true }));
    expect(store.getState()).toMatchObject({ status: 'signedIn', mustEnrollTotp: true });
  });
});
