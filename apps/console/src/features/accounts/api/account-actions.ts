import { RevealSsnResponse, RevokeSessionsResult, StaffActionResult, StaffNoteItem } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The actions that change an account and say why (the reason goes into the audit trail). */
export type ReasonedAction = 'unlock' | 'lift-recovery-lock' | 'revoke-sessions';

export function runAccountAction(accountId: string, action: ReasonedAction, reason: string) {
  const schema = action === 'revoke-sessions' ? RevokeSessionsResult : StaffActionResult;
  return apiRequest(apiPaths.accounts.action(accountId, action), {
    method: 'POST',
    body: { reason },
    schema,
  });
}

export function addNote(accountId: string, body: string) {
  return apiRequest(apiPaths.accounts.action(accountId, 'notes'), {
    method: 'POST',
    body: { body },
    schema: StaffNoteItem,
  });
}

/** Supervisors and admins: the full SSN for this view only (never cached, never stored). */
export function revealSsn(accountId: string, reason: string) {
  return apiRequest(apiPaths.accounts.action(accountId, 'reveal-ssn'), {
    method: 'POST',
    body: { reason },
    schema: RevealSsnResponse,
  });
}
