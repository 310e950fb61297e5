// The portal's extras; the shared behaviour is tested with the store in @cos/ui.
import type { SessionGrant } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { createSessionStore } from './session-store.ts';

const grant = (token: string, overrides: Partial<SessionGrant> = {}): SessionGrant => ({
  accessToken: token,
  expiresIn: 900,
  mustChangePassword: false,
  ...overrides,
});

describe('session store', () => {
  it('remembers a grant that may only change its password', () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    store.grant(grant('t1', { mustChangePassword: true }));
    expect(store.getState()).toMatchObject({
      status: 'signedIn',
      accessToken: 't1',
      mustChangePassword: true,
    });
  });

  it('marks a session that may only change its password', () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    store.grant(grant('t1'));
    store.requirePasswordChange();
    expect(store.getState()).toMatchObject({ status: 'signedIn', mustChangePassword: true });
  });
});
