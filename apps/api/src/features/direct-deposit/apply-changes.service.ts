// The direct-deposit-apply job's work: every pending change whose cooling-off has ended replaces the
// enrolment, once. Each change is taken with `DELETE … RETURNING` in its own transaction: the row
// lock makes a second instance (or a parent's cancel) that reaches the same row wait and then find
// nothing, so a change is applied exactly once or cancelled, never both, whatever runs at once.
import type { PrismaClient } from '@cos/db';
import { emailAccount } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RequestContext } from '../../lib/request-context.ts';

const BATCH = 100;

interface TakenChange {
  account_id: string;
  routing_number: string;
  account_number_ciphertext: Uint8Array;
  account_number_last4: string;
  account_type: 'checking' | 'savings';
  requested_at: Date;
}

export async function applyDueDirectDepositChanges(deps: {
  db: PrismaClient;
  clock: Clock;
  context: RequestContext;
}): Promise<{ applied: number }> {
  const now = deps.clock.now();
  let applied = 0;
  for (;;) {
    const due = await deps.db.directDepositPendingChange.findMany({
      where: { effectiveAt: { lte: now } },
      select: { id: true },
      orderBy: { effectiveAt: 'asc' },
      take: BATCH,
    });
    for (const { id } of due) if (await applyOne(deps, id, now)) applied += 1;
    if (due.length < BATCH) return { applied };
  }
}

async function applyOne(
  deps: { db: PrismaClient; clock: Clock; context: RequestContext },
  id: string,
  now: Date,
): Promise<boolean> {
  return deps.db.$transaction(async (tx) => {
    // effective_at is checked again: a replacement since the list was read starts a new cooling-off.
    const [change] = await tx.$queryRaw<TakenChange[]>`
      DELETE FROM direct_deposit_pending_changes WHERE id = ${id}::uuid AND effective_at <= ${now}
      RETURNING account_id, routing_number, account_number_ciphertext, account_number_last4,
                account_type::text AS account_type, requested_at`;
    if (!change) return false;
    const accountId = change.account_id;
    const before = await tx.directDepositEnrolment.findUnique({
      where: { accountId },
      select: { accountNumberLast4: true },
    });
    const data = {
      routingNumber: change.routing_number,
      accountNumberCiphertext: new Uint8Array(change.account_number_ciphertext),
      accountNumberLast4: change.account_number_last4,
      accountType: change.account_type,
      updatedAt: now,
    };
    await tx.directDepositEnrolment.upsert({
      where: { accountId },
      create: { accountId, ...data },
      update: data,
    });
    await appendAudit(tx, deps, {
      action: 'direct_deposit_updated',
      actor: { type: 'system' },
      accountId,
      details: {
        accountType: change.account_type,
        accountNumberLast4: change.account_number_last4,
        previousAccountNumberLast4: before?.accountNumberLast4 ?? null,
        requestedAt: change.requested_at.toISOString(),
      },
    });
    const template = emailTemplates.directDepositChangeApplied({
      accountType: change.account_type,
      last4: change.account_number_last4,
      at: now,
    });
    await tx.notification.create({
      data: { accountId, kind: 'direct_deposit_updated', ...template.en, createdAt: now },
    });
    await emailAccount({ db: tx, clock: deps.clock }, accountId, template);
    return true;
  });
}
