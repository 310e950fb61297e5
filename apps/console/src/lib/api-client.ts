// The console's API client: the shared client of @cos/ui bound to the staff session.
import { createApiClient as createSharedClient, type ApiSession } from '@cos/ui';
import { session as consoleSession } from './session/session.ts';

export { ApiError, isApiError, type ApiFieldError } from '@cos/ui';

export function createApiClient(session: ApiSession, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  return createSharedClient(session, { fetchImpl });
}

const client = createApiClient(consoleSession);

/** The console's client, bound to its session. */
export const apiRequest = client.request;
/** Fetches a file with the bearer token and has the browser save it. */
export const apiSaveFile = client.saveFile;
