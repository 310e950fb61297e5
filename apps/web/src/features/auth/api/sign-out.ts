import { OkResponse } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';
import type { SignOutReason } from '../../../lib/session/session-store.ts';

/**
 * Revokes the session on the server (the refresh cookie names it) and forgets the token here.
 * The local sign-out happens even when the server cannot be reached: the person asked to leave.
 */
export async function signOut(reason: SignOutReason) {
  try {
    await apiRequest(apiPaths.auth.signOut, { method: 'POST', schema: OkResponse, auth: false });
  } catch {
    // Nothing to tell: the token is gone from this tab either way, and the cookie expires.
  }
  session.signedOut(reason);
}

/**
 * Revokes every session of the account, this one included. The caller ends the local session
 * (after leaving the signed-in page, so the guard does not send it to sign in "and come back").
 */
export async function signOutEverywhere() {
  await apiRequest(apiPaths.auth.signOutEverywhere, { method: 'POST', schema: OkResponse });
}
