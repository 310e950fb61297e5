// What a parent is told on the account's notifications when a payment's outcome changes after they
// left the page, in English then Spanish (the email is email/case-templates.ts, in their language).
// Case, amount and confirmation number; never a card digit.
import type { StoredRequest } from './payment-requests.ts';

const dollars = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

const texts: Record<string, { en: [string, string]; es: [string, string] }> = {
  approved: {
    en: ['went through', 'It shows as pending in your payment history until it is posted to the case.'],
    es: ['se realizó', 'Aparece como pendiente en su historial de pagos hasta que se aplique al caso.'],
  },
  declined: {
    en: ['was declined by the card processor', 'No payment was made. You can pay again with another card.'],
    es: [
      'fue rechazado por el procesador de tarjetas',
      'No se realizó ningún pago. Puede pagar de nuevo con otra tarjeta.',
    ],
  },
  refunded: {
    en: ['was refunded', 'The card processor returned the money to your card.'],
    es: ['fue reembolsado', 'El procesador de tarjetas devolvió el dinero a su tarjeta.'],
  },
  failed: {
    en: ['did not reach the card processor', 'Nothing was charged. You can pay again.'],
    es: ['no llegó al procesador de tarjetas', 'No se cobró nada. Puede pagar de nuevo.'],
  },
};

export function paymentUpdateText(row: StoredRequest): { subject: string; body: string } {
  const text = texts[row.status] ?? texts['failed'];
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
