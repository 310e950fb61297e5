// The signed-in session as the SPA holds it: the access token lives in this object only (never in
// localStorage or sessionStorage, where any injected script could read it); the refresh token is
// an HttpOnly cookie the SPA never sees. A reload loses the token, so the app asks for a new one
// with the cookie on start (silent refresh), and again shortly before each token expires.
import type { SessionGrant } from '@cos/contracts';

/** Why the last session ended, so the sign-in page can say so. */
export type SignOutReason = 'user' | 'idle' | 'expired' | 'everywhere';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signedIn'; accessToken: string; expiresAt: number; mustChangePassword: boolean }
  | { status: 'signedOut'; reason: SignOutReason | null };

export interface SessionStoreOptions {
  /** Asks the server for a new grant with the refresh cookie; null when it answers 401. */
  requestRefresh: () => Promise<SessionGrant | null>;
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

  function grant(next: SessionGrant) {
    const expiresAt = now() + next.expiresIn * 1000;
    set({ status: 'signedIn', accessToken: next.accessToken, expiresAt, mustChangePassword: next.mustChangePassword });
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
          // A refused refresh ends a live session ("expired"); on start it just means signed out.
          // A refresh that was in flight while the session ended (the idle timeout signs out as
          // the token's refresh comes due) keeps the reason already given.
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
    /** The app's first call: a reload keeps the person signed in through the cookie. */
    start: () => (state.status === 'checking' ? refresh() : Promise.resolve(state.status === 'signedIn')),
    refresh,
    grant,
    signedOut,
    /** The server says this session may only change its password (403 PASSWORD_CHANGE_REQUIRED). */
    requirePasswordChange() {
      if (state.status === 'signedIn' && !state.mustChangePassword) set({ ...state, mustChangePassword: true });
    },
  };
}
