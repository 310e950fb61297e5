// Direct Deposit (docs/product.md §4): the masked enrolment, a change that waits out the cooling-off
// period, and its cancellation. While the directDepositUpdate switch is off a change is refused with
// 503 FEATURE_UNAVAILABLE carrying the switch's message; the switch is read from the database in the
// change's transaction (not the cache), so no change slips through after a supervisor turns it off.
// A change does not touch the enrolment: it is kept pending for policy.directDeposit.coolingOffDays
// (docs/security.md, "Direct Deposit cooling-off") and applied by the direct-deposit-apply job
// (apply-changes.service.ts), so someone holding a parent's session and password cannot move the
// next payment before the parent, told at once by email and in the portal, cancels it. The account
// number is stored sealed with the field cipher; audit events, notifications and emails name only its
// last 4 digits.
import {
  DIRECT_DEPOSIT_FEATURE_KEY,
  type DirectDepositView,
  type UpdateDirectDepositRequest,
} from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import type { FieldCipher, SecurityPolicy } from '@cos/security';
import { emailAccount } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import type { RequestContext } from '../../lib/request-context.ts';

export interface DirectDepositDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  context: RequestContext;
  fieldCipher: FieldCipher;
}

const FALLBACK_MESSAGE = 'Direct Deposit updates are temporarily unavailable. Please try again later.';
const DAY = 24 * 3_600_000;

const enrolmentSelect = {
  routingNumber: true,
  accountNumberLast4: true,
  accountType: true,
  updatedAt: true,
} as const;
const pendingSelect = {
  routingNumber: true,
  accountNumberLast4: true,
  accountType: true,
  requestedAt: true,
  effectiveAt: true,
} as const;

type EnrolmentRow = Prisma.DirectDepositEnrolmentGetPayload<{ select: typeof enrolmentSelect }>;
type PendingRow = Prisma.DirectDepositPendingChangeGetPayload<{ select: typeof pendingSelect }>;

/** The pending change as the wire shows it: last 4 digits only. */
export function maskedPending(row: PendingRow | null): DirectDepositView['pendingChange'] {
  if (!row) return null;
  return {
    routingNumberLast4: row.routingNumber.slice(-4),
    accountNumberLast4: row.accountNumberLast4,
    accountType: row.accountType,
    requestedAt: row.requestedAt.toISOString(),
    effectiveAt: row.effectiveAt.toISOString(),
  };
}

function masked(enrolment: EnrolmentRow | null, pending: PendingRow | null): DirectDepositView {
  return {
    enrolment: enrolment && {
      routingNumberLast4: enrolment.routingNumber.slice(-4),
      accountNumberLast4: enrolment.accountNumberLast4,
      accountType: enrolment.accountType,
      updatedAt: enrolment.updatedAt.toISOString(),
    },
    pendingChange: maskedPending(pending),
  };
}

export async function getDirectDeposit(
  { db }: { db: Prisma.TransactionClient },
  accountId: string,
): Promise<DirectDepositView> {
  const enrolment = await db.directDepositEnrolment.findUnique({
    where: { accountId },
    select: enrolmentSelect,
  });
  const pending = await db.directDepositPendingChange.findUnique({
    where: { accountId },
    select: pendingSelect,
  });
  return masked(enrolment, pending);
}

/**
 * Records the change as pending (replacing a pending one: the newest request is the one that counts,
 * and its cooling-off starts again), audits it and tells the parent by notification and email.
 */
export async function requestDirectDepositChange(
  deps: DirectDepositDeps,
  accountId: string,
  input: UpdateDirectDepositRequest,
): Promise<DirectDepositView> {
  const now = deps.clock.now();
  const effectiveAt = new Date(now.getTime() + deps.policy.directDeposit.coolingOffDays * DAY);
  const last4 = input.accountNumber.slice(-4);
  const template = emailTemplates.directDepositChangeRequested({
    accountType: input.accountType,
    last4,
    effectiveAt,
  });
  return deps.db.$transaction(async (tx) => {
    const feature = await tx.featureSwitch.findUnique({
      where: { key: DIRECT_DEPOSIT_FEATURE_KEY },
      select: { enabled: true, message: true },
    });
    if (!feature?.enabled)
      throw new DomainError('FEATURE_UNAVAILABLE', 503, feature?.message ?? FALLBACK_MESSAGE);
    const replaced = await tx.directDepositPendingChange.findUnique({
      where: { accountId },
      select: { accountNumberLast4: true },
    });
    const data = {
      routingNumber: input.routingNumber,
      accountNumberCiphertext: new Uint8Array(deps.fieldCipher.encrypt(input.accountNumber)),
      accountNumberLast4: last4,
      accountType: input.accountType,
      requestedAt: now,
      effectiveAt,
    };
    await tx.directDepositPendingChange.upsert({
      where: { accountId },
      create: { accountId, ...data },
      update: data,
    });
    await appendAudit(tx, deps, {
      action: 'direct_deposit_change_requested',
      accountId,
      details: {
        accountType: input.accountType,
        accountNumberLast4: last4,
        effectiveAt: effectiveAt.toISOString(),
        replacedPendingLast4: replaced?.accountNumberLast4 ?? null,
      },
    });
    await tx.notification.create({
      data: { accountId, kind: 'direct_deposit_change_requested', ...template.en, createdAt: now },
    });
    // The security notice (ASVS 6.3.7) goes out at once, in the parent's language: the cooling-off
    // is only worth something if the parent hears of the change while it can still be cancelled.
    await emailAccount({ db: tx, clock: deps.clock }, accountId, template);
    return getDirectDeposit({ db: tx }, accountId);
  });
}

/**
 * Cancels the pending change. No password: cancelling only keeps payments where they go today,
 * and a parent who spots a change they did not make must be able to stop it with the session they
 * have. Audited and emailed like the change. 404 when nothing is pending (already applied or cancelled).
 */
export async function cancelDirectDepositChange(
  deps: Pick<DirectDepositDeps, 'db' | 'clock' | 'context'>,
  accountId: string,
): Promise<DirectDepositView> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const [cancelled] = await tx.$queryRaw<Array<{ account_number_last4: string }>>`
      DELETE FROM direct_deposit_pending_changes WHERE account_id = ${accountId}::uuid
      RETURNING account_number_last4`;
    if (!cancelled) throw notFound('There is no Direct Deposit change waiting to take effect.');
    const last4 = cancelled.account_number_last4;
    await appendAudit(tx, deps, {
      action: 'direct_deposit_change_cancelled',
      accountId,
      details: { accountNumberLast4: last4 },
    });
    const template = emailTemplates.directDepositChangeCancelled({ last4, at: now });
    await tx.notification.create({
      data: { accountId, kind: 'direct_deposit_change_cancelled', ...template.en, createdAt: now },
    });
    await emailAccount({ db: tx, clock: deps.clock }, accountId, template);
    return getDirectDeposit({ db: tx }, accountId);
  });
}
