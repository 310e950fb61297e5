// The portal's API client: the shared client of @cos/ui bound to the customer session. A 403
// PASSWORD_CHANGE_REQUIRED marks the session, so the guard allows only Change Password.
import { createApiClient as createSharedClient, type ApiSession } from '@cos/ui';
import { session as appSession } from './session/session.ts';

export { ApiError, isApiError, type ApiFieldError } from '@cos/ui';

export function createApiClient(
  session: ApiSession & { requirePasswordChange(): void },
  fetchImpl: typeof fetch = (...args) => fetch(...args),
) {
  return createSharedClient(session, {
    fetchImpl,
    onError: (error) => {
      if (error.code === 'PASSWORD_CHANGE_REQUIRED') session.requirePasswordChange();
    },
  }).request;
}

/** The app's client, bound to its session. */
export const apiRequest = createApiClient(appSession);

/** Saves a file from the API (a parent's own document), fetched with the bearer token like any call. */
export const apiSaveFile = createSharedClient(appSession, {
  onError: (error) => {
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') appSession.requirePasswordChange();
  },
}).saveFile;
