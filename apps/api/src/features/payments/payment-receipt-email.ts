// The receipt email of an approved payment, for parents who asked for payment emails, to their
// confirmed address in their language. It names the
// case, amount and confirmation number, never any card digit. Sent after the payment is committed:
// a mail failure is reported, and the payment stands.
import type { PrismaClient } from '@cos/db';
import { accountRecipient, letterTo } from '../../email/account-email.ts';
import { caseTemplates } from '../../email/case-templates.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { StoredRequest } from './payment-requests.ts';

export async function sendReceiptEmail(
  deps: { db: PrismaClient; mailer: Mailer; warn: (error: unknown, message: string) => void },
  row: StoredRequest,
): Promise<void> {
  try {
    const account = await deps.db.customerAccount.findUniqueOrThrow({
      where: { id: row.accountId },
      select: { notifyPaymentsByEmail: true },
    });
    if (!account.notifyPaymentsByEmail) return;
    const recipient = await accountRecipient(deps.db, row.accountId, { confirmed: true });
    if (!recipient) return;
    await deps.mailer.send(
      letterTo(
        recipient,
        caseTemplates.paymentReceipt({
          confirmationNumber: row.confirmationNumber,
          amountCents: row.amountCents,
          caseNumber: row.supportCase.caseNumber,
        }),
      ),
    );
  } catch (error) {
    deps.warn(error, 'payment receipt email not sent');
  }
}
