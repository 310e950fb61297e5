// Route loaders run before the route guard renders, also for a visitor who is signed out or may
// only change a temporary password. They wait for the session here and fetch nothing unless it
// may use the services; the guard then sends everyone else on (sign-in, Change Password), instead
// of a 401 or 403 landing in the page's error element.
import type { SessionStore } from './session-store.ts';

export async function readyForServices(store: Pick<SessionStore, 'start' | 'getState'>): Promise<boolean> {
  await store.start();
  const state = store.getState();
  return state.status === 'signedIn' && !state.mustChangePassword;
}
