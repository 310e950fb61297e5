// The staff session as the console holds it, the same design as the portal's
// (apps/web/src/lib/session): the access token lives in this object only (never in localStorage or
// sessionStorage, where any injected script could read it); the refresh token is the HttpOnly
// `cos_staff_refresh` cookie (Path=/api/v1/staff/auth) the console never sees. A reload loses the
// token, so the console asks for a new one with the cookie on start (silent refresh), and again
// shortly before each token expires. The server ends the session after 15 idle minutes and at
// 8 hours; its refusal to refresh ends it here ("expired").
import type { StaffRole, StaffSessionGrant } from '@cos/contracts';

/** Why the last session ended, so the sign-in page can say so. */
export type SignOutReason = 'user' | 'idle' | 'expired';

export type SignedInState = {
  status: 'signedIn';
  accessToken: string;
  expiresAt: number;
  role: StaffRole;
  displayName: string;
  /** The session may only set up the authenticator app (a new or reset staff account). */
  mustEnrollTotp: boolean;
};

export type SessionState = { status: 'checking' } | SignedInState | { status: 'signedOut'; reason: SignOutReason | null };

export interface SessionStoreOptions {
  /** Asks the server for a new grant with the refresh cookie; null when it refuses (401). */
  requestRefresh: () => Promise<StaffSessionGrant | null>;
  now?: () => number;
  /** Refresh this long before the access token expires. */
  refreshAheadMs?: number;
  /** Serialises refreshes across tabs: a rotated cookie must not be sent twice (reuse revokes). */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore({ requestRefresh, now = Date.now, refreshAheadMs = 60_000, withLock = (task) => task() }: SessionStoreOptions) {
  let state: SessionState = { status: 'checking' };
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  function set(next: SessionState) {
    state = next;
    for (const listener of listeners) listener();
  }

  function schedule(expiresAt: number) {
    clearTimeout(timer);
    const delay = Math.max(5_000, expiresAt - now() - refreshAheadMs);
    timer = setTimeout(() => void refresh(), delay);
  }

  function grant(next: StaffSessionGrant) {
    const expiresAt = now() + next.expiresIn * 1000;
    set({
      status: 'signedIn',
      accessToken: next.accessToken,
      expiresAt,
      role: next.role,
      displayName: next.displayName,
      mustEnrollTotp: next.mustEnrollTotp,
    });
    schedule(expiresAt);
  }

  function signedOut(reason: SignOutReason | null) {
    clearTimeout(timer);
    set({ status: 'signedOut', reason });
  }

  /** One refresh at a time: concurrent callers (a burst of 401s, StrictMode) share it. */
  function refresh(): Promise<boolean> {
    inFlight ??= withLock(requestRefresh)
      .then(
        (next) => {
          if (next) grant(next);
          // A refused refresh ends a live session ("expired": idle on the server, or past 8 hours);
          // on start it just means signed out. A sign-out that happened while the refresh was in
          // flight keeps its own reason.
          else if (state.status === 'signedIn') signedOut('expired');
          else if (state.status === 'checking') signedOut(null);
          return next !== null;
        },
        () => {
          // Offline or a server error: keep a live session (the next request retries); on start
          // there is nothing to keep.
          if (state.status === 'checking') signedOut(null);
          return false;
        },
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    getState: (): SessionState => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    accessToken: () => (state.status === 'signedIn' ? state.accessToken : undefined),
    /** The console's first call: a reload keeps the staff member signed in through the cookie. */
    start: () => (state.status === 'checking' ? refresh() : Promise.resolve(state.status === 'signedIn')),
    refresh,
    grant,
    signedOut,
  };
}
