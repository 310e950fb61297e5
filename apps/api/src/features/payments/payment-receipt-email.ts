// The receipt email of an approved payment, for parents who asked for payment emails. It names the
// case, amount and confirmation number, never any card digit. Sent after the payment is committed:
// a mail failure is reported, and the payment stands.
import type { PrismaClient } from '@cos/db';
import type { Mailer } from '../../lib/mailer.ts';
import type { StoredRequest } from './payment-requests.ts';

const dollars = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

export async function sendReceiptEmail(
  deps: { db: PrismaClient; mailer: Mailer; warn: (error: unknown, message: string) => void },
  row: StoredRequest,
): Promise<void> {
  try {
    const account = await deps.db.customerAccount.findUniqueOrThrow({
      where: { id: row.accountId },
      select: { email: true, notifyPaymentsByEmail: true },
    });
    if (!account.email || !account.notifyPaymentsByEmail) return;
    await deps.mailer.send({
      to: account.email,
      subject: `Payment received: ${row.confirmationNumber}`,
      body:
        `We received your online payment of ${dollars(row.amountCents)} on case ${row.supportCase.caseNumber}.\n` +
        `Confirmation number: ${row.confirmationNumber}\n\n` +
        'It shows as pending in your payment history until it is posted to the case.\n' +
        'You get this email because payment emails are on in your notification preferences.',
    });
  } catch (error) {
    deps.warn(error, 'payment receipt email not sent');
  }
}
