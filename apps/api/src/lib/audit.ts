// Appends one row to the append-only audit trail (SPEC.md §5). Usable with the client or inside a
// transaction, so an event commits or rolls back together with what it records. Details carry
// facts (reasons, counts, ids), never a password, answer, token or full SSN: the type allows only
// flat scalar values, and the callers pass nothing a person typed as a secret.
import type { Prisma } from '@cos/db';
import type { Clock } from './clock.ts';
import type { RequestContext } from './request-context.ts';

export type AuditAction =
  | 'sign_in'
  | 'account_locked'
  | 'registration_verify'
  | 'registration_duplicate'
  | 'registration_blocked'
  | 'registration_completed'
  | 'password_changed'
  | 'session_revoked';

export type AuditOutcome = 'success' | 'failure' | 'denied';
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEntry {
  action: AuditAction;
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

export async function appendAudit(db: Prisma.TransactionClient, { clock, context }: AuditContext, entry: AuditEntry): Promise<void> {
  const accountId = entry.accountId ?? null;
  const actor = entry.actor ?? (accountId ? { type: 'customer' as const, id: accountId } : { type: 'anonymous' as const });
  await db.auditEvent.create({
    data: {
      occurredAt: clock.now(),
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      actorType: actor.type,
      actorId: actor.id ?? null,
      subjectType: entry.subject?.type ?? (accountId ? 'customer_account' : null),
      subjectId: entry.subject?.id ?? accountId,
      accountId,
      ip: context.ip,
      requestId: context.requestId,
      details: { ...entry.details },
    },
  });
}
