// Appends one row to the append-only audit trail (docs/product.md §5). Usable with the client or inside a
// transaction, so an event commits or rolls back together with what it records. Details carry
// facts (reasons, counts, ids), never a password, answer, token or full SSN: the type allows only
// flat scalar values, and the callers pass nothing a person typed as a secret; free text (file
// names, reasons, notes) is scrubbed of SSN- and card-like digit runs on the way in (audit-scrub.ts).
import { Prisma } from '@cos/db';
import { scrubDetails } from './audit-scrub.ts';
import type { Clock } from './clock.ts';
import type { RequestContext } from './request-context.ts';
import type { StaffAuditAction } from './staff-audit-actions.ts';

export type AuditAction =
  | 'sign_in'
  | 'account_locked'
  | 'registration_verify'
  | 'registration_duplicate'
  | 'registration_blocked'
  | 'registration_completed'
  | 'password_changed'
  | 'session_revoked'
  | 'session_refresh_retried'
  | 'recovery_start'
  | 'recovery_blocked'
  | 'recovery_answer'
  | 'recovery_locked'
  | 'temporary_password_issued'
  | 'user_id_recovered'
  | 'security_questions_changed'
  | 'change_request_submitted'
  | 'payment_submitted'
  | 'payment_outcome_changed'
  | 'notification_preferences_changed'
  | 'direct_deposit_updated'
  | 'direct_deposit_change_requested'
  | 'direct_deposit_change_cancelled'
  | 'sign_in_second_factor_required'
  | 'email_code_sent'
  | 'passkey_added'
  | 'passkey_removed'
  | 'second_factor_enabled'
  | 'second_factor_disabled'
  | 'recovery_codes_issued'
  | 'step_up'
  | 'factor_removed_by_recovery'
  | 'payment_reconciled'
  | 'email_confirmed'
  | 'preferred_language_changed'
  | 'job_failed';

export type AuditOutcome = 'success' | 'failure' | 'denied';
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEntry {
  action: AuditAction | StaffAuditAction;
  outcome?: AuditOutcome;
  /** Defaults to the customer account when there is one, otherwise anonymous. */
  actor?: { type: 'customer' | 'staff' | 'system' | 'anonymous'; id?: string };
  subject?: { type: string; id: string };
  accountId?: string | null;
  details?: AuditDetails;
}

export interface AuditContext {
  clock: Clock;
  context: RequestContext;
}

/**
 * The INSERT of one audit event, as SQL: appendAudit runs it alone; sign-in runs it in the same
 * statement as the rest of a successful sign-in (one round trip on the hottest path).
 */
export function auditInsert({ clock, context }: AuditContext, entry: AuditEntry): Prisma.Sql {
  const accountId = entry.accountId ?? null;
  const actor =
    entry.actor ??
    (accountId ? { type: 'customer' as const, id: accountId } : { type: 'anonymous' as const });
  const subjectType = entry.subject?.type ?? (accountId ? 'customer_account' : null);
  const subjectId = entry.subject?.id ?? accountId;
  return Prisma.sql`
    INSERT INTO audit_events (occurred_at, action, outcome, actor_type, actor_id, subject_type, subject_id, account_id, ip, request_id, details)
    VALUES (${clock.now()}::timestamptz, ${entry.action}, ${entry.outcome ?? 'success'}, ${actor.type}, ${actor.id ?? null},
            ${subjectType}, ${subjectId}, ${accountId}::uuid, ${context.ip}, ${context.requestId}, ${JSON.stringify(scrubDetails(entry.details ?? {}))}::jsonb)`;
}

export async function appendAudit(
  db: Prisma.TransactionClient,
  audit: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  await db.$executeRaw(auditInsert(audit, entry));
}
