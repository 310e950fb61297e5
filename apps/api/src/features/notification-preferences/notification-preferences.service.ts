// Notification preferences (docs/product.md §3.6): email on payment received and on new notices, stored on
// the account. Turning either on needs an email address on file (changed through Provide Info).
import type { NotificationPreferences, NotificationPreferencesView } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { appendAudit, type AuditContext } from '../../lib/audit.ts';
import { badRequest, unauthenticated } from '../../lib/errors.ts';
import { maskEmail } from '../account/account.service.ts';

const select = {
  email: true,
  emailConfirmedAt: true,
  notifyPaymentsByEmail: true,
  notifyNoticesByEmail: true,
} as const;

function viewOf(account: {
  email: string | null;
  emailConfirmedAt: Date | null;
  notifyPaymentsByEmail: boolean;
  notifyNoticesByEmail: boolean;
}): NotificationPreferencesView {
  return {
    paymentsByEmail: account.notifyPaymentsByEmail,
    noticesByEmail: account.notifyNoticesByEmail,
    emailOnFile: maskEmail(account.email),
    emailConfirmed: Boolean(account.email && account.emailConfirmedAt),
  };
}

export async function getPreferences(
  { db }: { db: PrismaClient },
  accountId: string,
): Promise<NotificationPreferencesView> {
  const account = await db.customerAccount.findUnique({ where: { id: accountId }, select });
  if (!account) throw unauthenticated();
  return viewOf(account);
}

export async function savePreferences(
  deps: AuditContext & { db: PrismaClient },
  accountId: string,
  input: NotificationPreferences,
): Promise<NotificationPreferencesView> {
  return deps.db.$transaction(async (tx) => {
    const account = await tx.customerAccount.findUnique({ where: { id: accountId }, select });
    if (!account) throw unauthenticated();
    if (!account.email && (input.paymentsByEmail || input.noticesByEmail)) {
      const message = 'Add an email address on Provide Info first: we need one to send you email.';
      const fields = (['paymentsByEmail', 'noticesByEmail'] as const)
        .filter((field) => input[field])
        .map((field) => ({ field, message }));
      throw badRequest('There is no email address on your account.', fields);
    }
    const saved = await tx.customerAccount.update({
      where: { id: accountId },
      data: { notifyPaymentsByEmail: input.paymentsByEmail, notifyNoticesByEmail: input.noticesByEmail },
      select,
    });
    await appendAudit(tx, deps, {
      action: 'notification_preferences_changed',
      accountId,
      details: { ...input },
    });
    return viewOf(saved);
  });
}
