import { createContext, useContext, useSyncExternalStore } from 'react';
import { session as consoleSession } from './session.ts';
import type { SessionState, SessionStore } from './session-store.ts';

// The store is a module singleton (the API client needs it outside React); the context lets a
// test hand components a store of its own.
export const SessionContext = createContext<SessionStore>(consoleSession);

export function useSessionStore(): SessionStore {
  return useContext(SessionContext);
}

/** The session's state, re-rendering on sign-in, refresh and sign-out. */
export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
