import type { SessionGrant } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { readyForServices } from './ready-for-services.ts';
import { createSessionStore } from './session-store.ts';

const grant = (overrides: Partial<SessionGrant> = {}): SessionGrant => ({
  accessToken: 't',
  expiresIn: 900,
  mustChangePassword: false,
  ...overrides,
});

describe('readyForServices', () => {
  it('waits for the silent refresh of a reloaded page, then lets the loader fetch', async () => {
    const store = createSessionStore({ requestRefresh: async () => grant() });
    await expect(readyForServices(store)).resolves.toBe(true);
  });

  it('lets nothing load for a signed-out visitor (the guard sends them to sign in)', async () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    await expect(readyForServices(store)).resolves.toBe(false);
  });

  it('lets nothing load while a temporary password must be changed', async () => {
    const store = createSessionStore({ requestRefresh: async () => grant({ mustChangePassword: true }) });
    await expect(readyForServices(store)).resolves.toBe(false);
  });
});
