import { OkResponse } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';
import type { SignOutReason } from '../../../lib/session/session-store.ts';

/**
 * Ends the session on the server (the refresh cookie names it) and forgets the token here. The
 * local sign-out happens even when the server cannot be reached: the staff member asked to leave.
 */
export async function signOut(reason: SignOutReason) {
  try {
    await apiRequest(apiPaths.auth.signOut, { method: 'POST', schema: OkResponse, auth: false });
  } catch {
    // Nothing to tell: the token is gone from this tab either way, and the cookie expires.
  }
  session.signedOut(reason);
}
