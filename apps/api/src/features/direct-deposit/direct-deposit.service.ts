// Direct Deposit (docs/product.md §4): the masked enrolment and its update. While the directDepositUpdate
// switch is off an update is refused with 503 FEATURE_UNAVAILABLE carrying the switch's message;
// the switch is read from the database in the update's transaction (not the cache), so no update
// slips through after a supervisor turns the feature off. The account number is stored sealed with
// the field cipher; the audit event, the notification and the email name only its last 4 digits.
import {
  DIRECT_DEPOSIT_FEATURE_KEY,
  type DirectDepositView,
  type UpdateDirectDepositRequest,
} from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import type { FieldCipher } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { DomainError } from '../../lib/errors.ts';
import { emailAccount } from '../../email/account-email.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { RequestContext } from '../../lib/request-context.ts';

export interface DirectDepositDeps {
  db: PrismaClient;
  clock: Clock;
  context: RequestContext;
  fieldCipher: FieldCipher;
  mailer: Mailer;
  log: { warn(details: Record<string, unknown>, message: string): void };
}

const FALLBACK_MESSAGE = 'Direct Deposit updates are temporarily unavailable. Please try again later.';

const enrolmentSelect = {
  routingNumber: true,
  accountNumberLast4: true,
  accountType: true,
  updatedAt: true,
} as const;
type EnrolmentRow = Prisma.DirectDepositEnrolmentGetPayload<{ select: typeof enrolmentSelect }>;

function masked(row: EnrolmentRow | null): DirectDepositView {
  if (!row) return { enrolment: null };
  return {
    enrolment: {
      routingNumberLast4: row.routingNumber.slice(-4),
      accountNumberLast4: row.accountNumberLast4,
      accountType: row.accountType,
      updatedAt: row.updatedAt.toISOString(),
    },
  };
}

export async function getDirectDeposit(
  { db }: { db: Prisma.TransactionClient },
  accountId: string,
): Promise<DirectDepositView> {
  return masked(
    await db.directDepositEnrolment.findUnique({ where: { accountId }, select: enrolmentSelect }),
  );
}

export async function updateDirectDeposit(
  deps: DirectDepositDeps,
  accountId: string,
  input: UpdateDirectDepositRequest,
): Promise<DirectDepositView> {
  const now = deps.clock.now();
  const last4 = input.accountNumber.slice(-4);
  const notice = {
    kind: 'direct_deposit_updated',
    subject: 'Your Direct Deposit account was changed',
    body:
      `The bank account that receives your child support payments was changed to the ${input.accountType} account ending in ${last4}. ` +
      'If you did not make this change, call the Communication Center at 1-877-423-4746 at once.',
  };
  const noticeEs = {
    subject: 'Se cambió su cuenta de Depósito Directo',
    body:
      `La cuenta bancaria que recibe sus pagos de manutención de menores se cambió a la cuenta ${input.accountType === 'checking' ? 'de cheques' : 'de ahorros'} que termina en ${last4}. ` +
      'Si usted no hizo este cambio, llame de inmediato al Centro de Comunicación al 1-877-423-4746.',
  };
  const view = await deps.db.$transaction(async (tx) => {
    const feature = await tx.featureSwitch.findUnique({
      where: { key: DIRECT_DEPOSIT_FEATURE_KEY },
      select: { enabled: true, message: true },
    });
    if (!feature?.enabled)
      throw new DomainError('FEATURE_UNAVAILABLE', 503, feature?.message ?? FALLBACK_MESSAGE);
    const before = await tx.directDepositEnrolment.findUnique({
      where: { accountId },
      select: { accountNumberLast4: true },
    });
    const data = {
      routingNumber: input.routingNumber,
      accountNumberCiphertext: new Uint8Array(deps.fieldCipher.encrypt(input.accountNumber)),
      accountNumberLast4: last4,
      accountType: input.accountType,
      updatedAt: now,
    };
    const row = await tx.directDepositEnrolment.upsert({
      where: { accountId },
      create: { accountId, ...data },
      update: data,
      select: enrolmentSelect,
    });
    await appendAudit(tx, deps, {
      action: 'direct_deposit_updated',
      accountId,
      details: {
        accountType: input.accountType,
        accountNumberLast4: last4,
        previousAccountNumberLast4: before?.accountNumberLast4 ?? null,
      },
    });
    await tx.notification.create({ data: { accountId, ...notice, createdAt: now } });
    // The security notice (ASVS 6.3.7) to the confirmed address, in the parent's language, written
    // with the change: never the account number, only its last 4 digits.
    await emailAccount({ db: tx, clock: deps.clock }, accountId, {
      en: { subject: notice.subject, body: notice.body },
      es: noticeEs,
    });
    return masked(row);
  });
  return view;
}
