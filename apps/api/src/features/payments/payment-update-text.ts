// What a parent is told on the account's notifications when a payment's outcome changes after they
// left the page, in English then Spanish (the email is email/case-templates.ts, in their language).
// Case, amount and confirmation number; never a card digit.
import { PAYMENT_OUTCOME } from '../../email/case-templates.ts';
import type { StoredRequest } from './payment-requests.ts';

const dollars = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

export function paymentUpdateText(row: StoredRequest): { subject: string; body: string } {
  const text = PAYMENT_OUTCOME[row.status] ?? PAYMENT_OUTCOME['failed'];
  if (!text) throw new Error(`no text for payment status ${row.status}`);
  const amount = dollars(row.amountCents);
  const caseNumber = row.supportCase.caseNumber;
  return {
    subject: `Payment update / Actualización de pago: ${row.confirmationNumber}`,
    body:
      `Your online payment of ${amount} on case ${caseNumber} (confirmation number ${row.confirmationNumber}) ${text.en[0]}. ${text.en[1]}\n\n` +
      `Su pago en línea de ${amount} en el caso ${caseNumber} (número de confirmación ${row.confirmationNumber}) ${text.es[0]}. ${text.es[1]}`,
  };
}
