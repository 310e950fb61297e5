// Staff reads of customer data and staff actions fail closed (docs/product.md §5, §6): the work and its one
// audit event run in one transaction, the event written last so it can say what was found. If the
// event cannot be written, the transaction rolls back (an action is undone) and the caller gets a
// 503 with no customer data — nobody sees anything the audit trail does not know they saw.
import type { Prisma } from '@cos/db';
import { appendAudit, type AuditEntry } from '../../lib/audit.ts';
import { DomainError } from '../../lib/errors.ts';
import type { StaffDeps } from './staff-deps.ts';

export type StaffAuditEvent = Omit<AuditEntry, 'actor'>;

export const auditUnavailable = (cause: unknown) => {
  const error = new DomainError(
    'SERVICE_UNAVAILABLE',
    503,
    'This could not be recorded in the audit trail, so nothing was shown or changed. Please try again in a few minutes.',
    { headers: { 'retry-after': '5' } },
  );
  error.cause = cause;
  return error;
};

export async function audited<T>(
  deps: StaffDeps,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  event: (result: T) => StaffAuditEvent,
): Promise<T> {
  return deps.db.$transaction(async (tx) => {
    const result = await work(tx);
    try {
      await appendAudit(tx, deps, { ...event(result), actor: { type: 'staff', id: deps.staff.staffUserId } });
    } catch (error) {
      throw auditUnavailable(error);
    }
    return result;
  });
}
