// The app's one session, and the bare refresh call it uses (no bearer, the cookie is the proof).
import { SessionGrant } from '@cos/contracts';
import { userActivity } from '@cos/ui';
import { apiPaths } from '../../config/paths.ts';
import { createSessionStore } from './session-store.ts';

async function requestRefresh() {
  const response = await fetch(apiPaths.auth.refresh, {
    method: 'POST',
    // How long the person has been idle: a background refresh alone keeps no session alive.
    headers: { accept: 'application/json', ...userActivity.header() },
  });
  if (response.status === 401 || response.status === 403) return null;
  if (!response.ok) throw new Error(`refresh answered ${response.status}`);
  return SessionGrant.parse(await response.json());
}

// Web Locks reach every tab of this origin: the second tab waits, then refreshes with the cookie
// the first one received, instead of replaying the old one (which would revoke the session).
function withLock<T>(task: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks
    ? navigator.locks.request('cos-session-refresh', task)
    : task();
}

export const session = createSessionStore({ requestRefresh, withLock });
