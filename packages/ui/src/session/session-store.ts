// The signed-in session as an SPA holds it, shared by the portal and the console: the access token
// lives in this object only (never in localStorage or sessionStorage, where any injected script
// could read it); the refresh token is an HttpOnly cookie the SPA never sees. A reload loses the
// token, so the app asks for a new one with the cookie on start (silent refresh), and again
// shortly before each token expires. Each app binds it to its own grant and signed-in fields.

/** What every grant carries; the app's grant adds the fields its signed-in state copies. */
export interface SessionGrantBase {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

/** Why the last session ended, so the sign-in page can say so; an app may add its own reasons. */
export type SignOutReason<Extra extends string = never> = 'user' | 'idle' | 'expired' | Extra;

export type SignedInState<Signed> = { status: 'signedIn'; accessToken: string; expiresAt: number } & Signed;

export type SessionState<Signed, Reason extends string = SignOutReason> =
  { status: 'checking' } | SignedInState<Signed> | { status: 'signedOut'; reason: Reason | null };

export interface SessionStoreOptions<Grant extends SessionGrantBase, Signed> {
  /** Asks the server for a new grant with the refresh cookie; null when it refuses (401). */
  requestRefresh: () => Promise<Grant | null>;
  /** The app's fields of the signed-in state, copied from a grant. */
  toSignedIn: (grant: Grant) => Signed;
  now?: () => number;
  /** Refresh this long before the access token expires. */
  refreshAheadMs?: number;
  /** Serialises refreshes across tabs: a rotated cookie must not be sent twice (reuse revokes). */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
}

export interface SessionStore<Grant extends SessionGrantBase, Signed, Reason extends string = SignOutReason> {
  getState(): SessionState<Signed, Reason>;
  /** For useSyncExternalStore; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  accessToken(): string | undefined;
  /** The app's first call: a reload keeps the person signed in through the cookie. */
  start(): Promise<boolean>;
  refresh(): Promise<boolean>;
  grant(next: Grant): void;
  signedOut(reason: Reason | null): void;
  /** Changes app fields of a live session that the server revised (the token and its timer stay). */
  updateSignedIn(fields: Partial<Signed>): void;
}

export function createSessionStore<
  Grant extends SessionGrantBase,
  Signed extends object,
  Reason extends string = SignOutReason,
>({
  requestRefresh,
  toSignedIn,
  now = Date.now,
  refreshAheadMs = 60_000,
  withLock = (task) => task(),
}: SessionStoreOptions<Grant, Signed>): SessionStore<Grant, Signed, Reason | 'expired'> {
  type State = SessionState<Signed, Reason | 'expired'>;
  let state: State = { status: 'checking' };
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  function set(next: State) {
    state = next;
    for (const listener of listeners) listener();
  }

  function schedule(expiresAt: number) {
    clearTimeout(timer);
    const delay = Math.max(5_000, expiresAt - now() - refreshAheadMs);
    timer = setTimeout(() => void refresh(), delay);
  }

  function grant(next: Grant) {
    const expiresAt = now() + next.expiresIn * 1000;
    set({ ...toSignedIn(next), status: 'signedIn', accessToken: next.accessToken, expiresAt });
    schedule(expiresAt);
  }

  function signedOut(reason: Reason | 'expired' | null) {
    clearTimeout(timer);
    set({ status: 'signedOut', reason });
  }

  /** One refresh at a time: concurrent callers (a burst of 401s, StrictMode) share it. */
  function refresh(): Promise<boolean> {
    inFlight ??= withLock(requestRefresh)
      .then(
        (next) => {
          if (next) grant(next);
          // A refused refresh ends a live session ("expired": idle on the server, or past its
          // lifetime); on start it just means signed out. A refresh that was in flight while the
          // session ended (the idle timeout signs out as the token's refresh comes due) keeps the
          // reason already given.
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
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    accessToken: () => (state.status === 'signedIn' ? state.accessToken : undefined),
    start: () => (state.status === 'checking' ? refresh() : Promise.resolve(state.status === 'signedIn')),
    refresh,
    grant,
    signedOut,
    updateSignedIn(fields) {
      if (state.status === 'signedIn') set({ ...state, ...fields });
    },
  };
}
