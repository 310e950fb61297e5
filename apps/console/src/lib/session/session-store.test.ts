import type { StaffSessionGrant } from '@cos/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore } from './session-store.ts';

const grant = (token: string, overrides: Partial<StaffSessionGrant> = {}): StaffSessionGrant => ({
  accessToken: token,
  expiresIn: 900,
  role: 'agent',
  displayName: 'Dana Whitfield',
  mustEnrollTotp: false,
  ...overrides,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('staff session store', () => {
  it('starts with a silent refresh: the staff cookie signs a reloaded console back in', async () => {
    const store = createSessionStore({ requestRefresh: async () => grant('t1', { role: 'supervisor' }) });
    expect(store.getState().status).toBe('checking');
    await expect(store.start()).resolves.toBe(true);
    expect(store.accessToken()).toBe('t1');
    expect(store.getState()).toMatchObject({ role: 'supervisor', displayName: 'Dana Whitfield' });
  });

  it('treats a refused refresh on start as signed out, with no reason to show', async () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    await store.start();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: null });
  });

  it('sends one refresh for many callers (a rotated cookie must not be replayed)', async () => {
    const requestRefresh = vi.fn(async () => grant('t2'));
    const store = createSessionStore({ requestRefresh });
    await Promise.all([store.refresh(), store.refresh(), store.start()]);
    expect(requestRefresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes a minute before the access token expires', async () => {
    const requestRefresh = vi.fn(async () => grant('t3'));
    const store = createSessionStore({ requestRefresh });
    store.grant(grant('t1'));
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(requestRefresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000 + 1);
    expect(requestRefresh).toHaveBeenCalledTimes(1);
    expect(store.accessToken()).toBe('t3');
  });

  it('ends a live session as "expired" when the server refuses the refresh (idle there, or 8 hours)', async () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    store.grant(grant('t1'));
    await store.refresh();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('keeps the reason of a sign-out that happened while a refresh was in flight', async () => {
    let answer: (next: StaffSessionGrant | null) => void = () => undefined;
    const store = createSessionStore({ requestRefresh: () => new Promise((resolve) => (answer = resolve)) });
    store.grant(grant('t1'));
    const refreshing = store.refresh();
    store.signedOut('idle');
    answer(null);
    await refreshing;
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'idle' });
  });

  it('keeps a live session through a network failure of the refresh', async () => {
    const store = createSessionStore({ requestRefresh: async () => Promise.reject(new Error('offline')) });
    store.grant(grant('t1'));
    await expect(store.refresh()).resolves.toBe(false);
    expect(store.accessToken()).toBe('t1');
  });

  it('remembers a session that may only set up the authenticator app', () => {
    const store = createSessionStore({ requestRefresh: async () => null });
    store.grant(grant('t1', { mustEnrollTotp: true }));
    expect(store.getState()).toMatchObject({ status: 'signedIn', mustEnrollTotp: true });
  });
});
