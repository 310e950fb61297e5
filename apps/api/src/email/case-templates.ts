// The emails about a parent's case (payments, and staff decisions on documents, applications,
// appointments and contact requests), in English and Spanish; `render` (templates.ts) picks the
// parent's language. Facts only: case and confirmation numbers, amounts, dates, the office's or
// the reviewer's own words — never a card digit, a file name or an SSN.
import { AGENCY_TIME_ZONE } from '../lib/agency-time.ts';
import type { EmailLanguage } from '../lib/mailer.ts';
import type { Localized } from './templates.ts';

const locale = (language: EmailLanguage) => (language === 'es' ? 'es-US' : 'en-US');
const dollars = (language: EmailLanguage, cents: number) =>
  new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'USD' }).format(cents / 100);
const day = (language: EmailLanguage, at: Date) =>
  new Intl.DateTimeFormat(locale(language), { timeZone: AGENCY_TIME_ZONE, dateStyle: 'long' }).format(at);
const dayAndTime = (language: EmailLanguage, at: Date) =>
  new Intl.DateTimeFormat(locale(language), {
    timeZone: AGENCY_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(at);

const CALL = {
  en: 'call the Customer Communication Center at 1-877-423-4746',
  es: 'llame al Centro de Comunicación con el Cliente al 1-877-423-4746',
};
const PAYMENT_EMAILS_ON = {
  en: 'You get this email because payment emails are on in your notification preferences.',
  es: 'Recibe este correo porque los correos de pagos están activados en sus preferencias de notificación.',
};

export type PaymentFacts = { confirmationNumber: string; amountCents: number; caseNumber: string };

/** A payment's outcome in both languages: [what happened, what it means]; the email and the portal notice share it. */
export const PAYMENT_OUTCOME: Record<string, { en: [string, string]; es: [string, string] }> = {
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

const APPLICATION_STATUS = {
  received: { en: 'received', es: 'recibida' },
  in_review: { en: 'in review', es: 'en revisión' },
  accepted: { en: 'accepted', es: 'aceptada' },
  closed: { en: 'closed', es: 'cerrada' },
} as const;

export const caseTemplates = {
  paymentReceipt: (payment: PaymentFacts): Localized => ({
    en: {
      subject: `Payment received: ${payment.confirmationNumber}`,
      body:
        `We received your online payment of ${dollars('en', payment.amountCents)} on case ${payment.caseNumber}.\n` +
        `Confirmation number: ${payment.confirmationNumber}\n\n` +
        'It shows as pending in your payment history until it is posted to the case.\n' +
        PAYMENT_EMAILS_ON.en,
    },
    es: {
      subject: `Pago recibido: ${payment.confirmationNumber}`,
      body:
        `Recibimos su pago en línea de ${dollars('es', payment.amountCents)} en el caso ${payment.caseNumber}.\n` +
        `Número de confirmación: ${payment.confirmationNumber}\n\n` +
        'Aparece como pendiente en su historial de pagos hasta que se aplique al caso.\n' +
        PAYMENT_EMAILS_ON.es,
    },
  }),

  /** A payment's outcome learned after the parent left the page (webhook, reconciliation, staff). */
  paymentUpdate: (payment: PaymentFacts & { status: string }): Localized => {
    const text = PAYMENT_OUTCOME[payment.status] ?? PAYMENT_OUTCOME['failed']!;
    return {
      en: {
        subject: `Payment update: ${payment.confirmationNumber}`,
        body:
          `Your online payment of ${dollars('en', payment.amountCents)} on case ${payment.caseNumber} ` +
          `(confirmation number ${payment.confirmationNumber}) ${text.en[0]}. ${text.en[1]}\n\n${PAYMENT_EMAILS_ON.en}`,
      },
      es: {
        subject: `Actualización de pago: ${payment.confirmationNumber}`,
        body:
          `Su pago en línea de ${dollars('es', payment.amountCents)} en el caso ${payment.caseNumber} ` +
          `(número de confirmación ${payment.confirmationNumber}) ${text.es[0]}. ${text.es[1]}\n\n${PAYMENT_EMAILS_ON.es}`,
      },
    };
  },

  /** The email names the upload day, not the file: file names often carry a name or a number. */
  documentReviewed: (
    uploadedAt: Date,
    decision: 'accepted' | 'rejected',
    message: string | null,
  ): Localized =>
    decision === 'accepted'
      ? {
          en: {
            subject: 'Your document was accepted',
            body: `The document you uploaded on ${day('en', uploadedAt)} was reviewed and accepted. There is nothing more you need to do for it.`,
          },
          es: {
            subject: 'Su documento fue aceptado',
            body: `El documento que subió el ${day('es', uploadedAt)} fue revisado y aceptado. No necesita hacer nada más con él.`,
          },
        }
      : {
          en: {
            subject: 'Your document needs attention',
            body:
              `The document you uploaded on ${day('en', uploadedAt)} needs attention: ${message ?? ''}\n\n` +
              `You can upload a new copy under Documents when you sign in, or ${CALL.en}.`,
          },
          es: {
            subject: 'Su documento necesita atención',
            body:
              `El documento que subió el ${day('es', uploadedAt)} necesita atención: ${message ?? ''}\n\n` +
              `Puede subir una copia nueva en Documentos cuando inicie sesión, o ${CALL.es}.`,
          },
        },

  /** The reason of a closed application is read on the Apply Now page, not sent by email. */
  applicationStatus: (confirmationNumber: string, status: keyof typeof APPLICATION_STATUS): Localized => {
    const word = APPLICATION_STATUS[status];
    const en =
      status === 'in_review'
        ? `We are reviewing your application ${confirmationNumber}. We will let you know when there is a decision.`
        : status === 'accepted'
          ? `Your application ${confirmationNumber} was accepted. We will contact you about the next steps.`
          : `Your application ${confirmationNumber} was ${word.en}.\nTo read the reason, check the status on the Apply Now page with the confirmation number and your date of birth.\n\nQuestions? Call the Customer Communication Center at 1-877-423-4746.`;
    const es =
      status === 'in_review'
        ? `Estamos revisando su solicitud ${confirmationNumber}. Le avisaremos cuando haya una decisión.`
        : status === 'accepted'
          ? `Su solicitud ${confirmationNumber} fue aceptada. Nos comunicaremos con usted sobre los próximos pasos.`
          : `Su solicitud ${confirmationNumber} fue ${word.es}.\nPara leer el motivo, consulte el estado en la página Solicitar ahora con el número de confirmación y su fecha de nacimiento.\n\n¿Preguntas? Llame al Centro de Comunicación con el Cliente al 1-877-423-4746.`;
    return {
      en: { subject: `Your application ${confirmationNumber} is ${word.en}`, body: en },
      es: { subject: `Su solicitud ${confirmationNumber} está ${word.es}`, body: es },
    };
  },

  appointmentCancelled: (appointment: { startsAt: Date; officeName: string; reason: string }): Localized => ({
    en: {
      subject: 'Your office appointment is cancelled',
      body:
        `Your appointment on ${dayAndTime('en', appointment.startsAt)} (Georgia time) at ${appointment.officeName} has been cancelled by the office.\n` +
        `Reason: ${appointment.reason}\n\n` +
        `You can book another time under Appointments when you sign in, or ${CALL.en}.`,
    },
    es: {
      subject: 'Su cita en la oficina fue cancelada',
      body:
        `La oficina canceló su cita del ${dayAndTime('es', appointment.startsAt)} (hora de Georgia) en ${appointment.officeName}.\n` +
        `Motivo: ${appointment.reason}\n\n` +
        `Puede reservar otra hora en Citas cuando inicie sesión, o ${CALL.es}.`,
    },
  }),

  contactAnswered: (request: { name: string; confirmationNumber: string; answer: string }): Localized => ({
    en: {
      subject: `Your request ${request.confirmationNumber} has been answered`,
      body: `Hello ${request.name},\n\nThe Customer Communication Center has answered your request ${request.confirmationNumber}:\n\n${request.answer}\n\nGeorgia Division of Child Support Services`,
    },
    es: {
      subject: `Su solicitud ${request.confirmationNumber} fue respondida`,
      body: `Hola, ${request.name}:\n\nEl Centro de Comunicación con el Cliente respondió su solicitud ${request.confirmationNumber}:\n\n${request.answer}\n\nDivisión de Servicios de Manutención Infantil de Georgia`,
    },
  }),
} as const;
