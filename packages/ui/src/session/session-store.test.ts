import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, type SessionStoreOptions } from './session-store.ts';

// A grant with one app field, as the portal's and the console's grants add theirs.
type Grant = { accessToken: string; expiresIn: number; displayName: string };
type SignedIn = { displayName: string };

const grant = (token: string, overrides: Partial<Grant> = {}): Grant => ({
  accessToken: token,
  expiresIn: 900,
  displayName: 'Dana Whitfield',
  ...overrides,
});

const storeWith = (requestRefresh: SessionStoreOptions<Grant, SignedIn>['requestRefresh']) =>
  createSessionStore<Grant, SignedIn>({ requestRefresh, toSignedIn: ({ displayName }) => ({ displayName }) });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('session store', () => {
  it("starts with a silent refresh: the cookie signs a reloaded page back in, with the grant's fields", async () => {
    const store = storeWith(async () => grant('t1', { displayName: 'Sam Ortiz' }));
    expect(store.getState().status).toBe('checking');
    await expect(store.start()).resolves.toBe(true);
    expect(store.accessToken()).toBe('t1');
    expect(store.getState()).toMatchObject({ status: 'signedIn', displayName: 'Sam Ortiz' });
  });

  it('treats a refused refresh on start as signed out, with no reason to show', async () => {
    const store = storeWith(async () => null);
    await store.start();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: null });
  });

  it('sends one refresh for many callers (a rotated cookie must not be replayed)', async () => {
    const requestRefresh = vi.fn(async () => grant('t2'));
    const store = storeWith(requestRefresh);
    await Promise.all([store.refresh(), store.refresh(), store.start()]);
    expect(requestRefresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes a minute before the access token expires', async () => {
    const requestRefresh = vi.fn(async () => grant('t3'));
    const store = storeWith(requestRefresh);
    store.grant(grant('t1'));
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(requestRefresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000 + 1);
    expect(requestRefresh).toHaveBeenCalledTimes(1);
    expect(store.accessToken()).toBe('t3');
  });

  it('ends a live session as "expired" when the server refuses the refresh', async () => {
    const store = storeWith(async () => null);
    store.grant(grant('t1'));
    await store.refresh();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('keeps the reason of a sign-out that happened while a refresh was in flight', async () => {
    let answer: (next: Grant | null) => void = () => undefined;
    const store = storeWith(() => new Promise((resolve) => (answer = resolve)));
    store.grant(grant('t1'));
    const refreshing = store.refresh();
    store.signedOut('idle');
    answer(null); // the server already ended the session
    await refreshing;
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'idle' });
  });

  it('keeps a live session through a network failure of the refresh', async () => {
    const store = storeWith(async () => Promise.reject(new Error('offline')));
    store.grant(grant('t1'));
    await expect(store.refresh()).resolves.toBe(false);
    expect(store.accessToken()).toBe('t1');
  });

  it('tells subscribers of each change, and updates the fields of a live session only', () => {
    const store = storeWith(async () => null);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.updateSignedIn({ displayName: 'nobody' });
    expect(listener).not.toHaveBeenCalled();
    store.grant(grant('t1'));
    store.updateSignedIn({ displayName: 'Sam Ortiz' });
    expect(store.getState()).toMatchObject({
      status: 'signedIn',
      accessToken: 't1',
      displayName: 'Sam Ortiz',
    });
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.signedOut('user');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
