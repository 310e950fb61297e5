// Every email the product sends, in English and Spanish. A template is a function of its facts
// returning both languages; `render` picks the parent's. Templates take facts only (names, case
// numbers, dates, codes that confirm an address): never a password, temporary password, security
// answer, bank account number or SSN, so no email can leak one (ASVS 6.3.7).
import type { EmailLanguage } from '../lib/mailer.ts';

export type Localized = Record<EmailLanguage, { subject: string; body: string }>;

const CONTACT = {
  en: 'If this was not you, call the Customer Communication Center at 1-877-423-4746 right away.',
  es: 'Si no fue usted, llame de inmediato al Centro de Comunicación con el Cliente al 1-877-423-4746.',
};

const agencyTime = (language: EmailLanguage, at: Date) =>
  new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  }).format(at);

export function render(template: Localized, language: EmailLanguage | string | null | undefined) {
  const chosen: EmailLanguage = language === 'es' ? 'es' : 'en';
  return { ...template[chosen], language: chosen };
}

const accountWords = {
  en: { checking: 'checking', savings: 'savings' },
  es: { checking: 'de cheques', savings: 'de ahorros' },
} as const;
type AccountType = keyof (typeof accountWords)['en'];

export const emailTemplates = {
  // Direct Deposit (docs/security.md, "Direct Deposit cooling-off"): the account is named by its
  // type and last 4 digits only.
  directDepositChangeRequested: (input: {
    accountType: AccountType;
    last4: string;
    effectiveAt: Date;
  }): Localized => ({
    en: {
      subject: 'A change to your Direct Deposit account is waiting',
      body:
        `A request was made to send your child support payments to the ${accountWords.en[input.accountType]} account ending in ${input.last4}. ` +
        `It takes effect on ${agencyTime('en', input.effectiveAt)}; until then payments keep going to your current account.\n\n` +
        `If you did not ask for this, sign in and cancel it on the Direct Deposit page, and change your password. ${CONTACT.en}`,
    },
    es: {
      subject: 'Hay un cambio pendiente en su cuenta de Depósito Directo',
      body:
        `Se pidió enviar sus pagos de manutención de menores a la cuenta ${accountWords.es[input.accountType]} que termina en ${input.last4}. ` +
        `El cambio entra en vigor el ${agencyTime('es', input.effectiveAt)}; hasta entonces los pagos siguen llegando a su cuenta actual.\n\n` +
        `Si usted no lo pidió, inicie sesión y cancélelo en la página de Depósito Directo, y cambie su contraseña. ${CONTACT.es}`,
    },
  }),
  directDepositChangeCancelled: (input: { last4: string; at: Date }): Localized => ({
    en: {
      subject: 'The Direct Deposit change was cancelled',
      body: `On ${agencyTime('en', input.at)} the waiting change to the account ending in ${input.last4} was cancelled. Payments keep going to your current account.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Se canceló el cambio de Depósito Directo',
      body: `El ${agencyTime('es', input.at)} se canceló el cambio pendiente a la cuenta que termina en ${input.last4}. Los pagos siguen llegando a su cuenta actual.\n\n${CONTACT.es}`,
    },
  }),
  directDepositChangeApplied: (input: { accountType: AccountType; last4: string; at: Date }): Localized => ({
    en: {
      subject: 'Your Direct Deposit account was changed',
      body: `Since ${agencyTime('en', input.at)} your child support payments go to the ${accountWords.en[input.accountType]} account ending in ${input.last4}.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Se cambió su cuenta de Depósito Directo',
      body: `Desde el ${agencyTime('es', input.at)} sus pagos de manutención de menores llegan a la cuenta ${accountWords.es[input.accountType]} que termina en ${input.last4}.\n\n${CONTACT.es}`,
    },
  }),
  passwordChanged: (at: Date): Localized => ({
    en: {
      subject: 'Your DCSS password was changed',
      body: `The password of your Customer Online Services account was changed on ${agencyTime('en', at)}.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Se cambió su contraseña del DCSS',
      body: `La contraseña de su cuenta de Servicios en Línea se cambió el ${agencyTime('es', at)}.\n\n${CONTACT.es}`,
    },
  }),
  securityQuestionsChanged: (at: Date): Localized => ({
    en: {
      subject: 'Your DCSS security questions were changed',
      body: `The security questions and answers of your account were changed on ${agencyTime('en', at)}.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Se cambiaron sus preguntas de seguridad del DCSS',
      body: `Las preguntas y respuestas de seguridad de su cuenta se cambiaron el ${agencyTime('es', at)}.\n\n${CONTACT.es}`,
    },
  }),
  newBrowserSignIn: (at: Date, device: string): Localized => ({
    en: {
      subject: 'New sign-in to your DCSS account',
      body: `Your account was signed in to from a browser not used on it before (${device}) on ${agencyTime('en', at)}.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Nuevo inicio de sesión en su cuenta del DCSS',
      body: `Se inició sesión en su cuenta desde un navegador que no se había usado antes (${device}) el ${agencyTime('es', at)}.\n\n${CONTACT.es}`,
    },
  }),
  confirmEmail: (code: string, minutes: number): Localized => ({
    en: {
      subject: 'Confirm your email address for DCSS',
      body: `Your confirmation code is ${code}. Enter it on the page that asked for it within ${minutes} minutes.\n\nIf you did not ask for this, ignore this email: nothing will be sent to this address.`,
    },
    es: {
      subject: 'Confirme su correo electrónico para el DCSS',
      body: `Su código de confirmación es ${code}. Ingréselo en la página que lo pidió dentro de ${minutes} minutos.\n\nSi no lo pidió, ignore este correo: no se enviará nada a esta dirección.`,
    },
  }),
  emailAddressChanged: (at: Date, maskedNewAddress: string | null): Localized => ({
    en: {
      subject: 'The email address on your DCSS account was changed',
      body: `On ${agencyTime('en', at)} your account's email address was changed${maskedNewAddress ? ` to ${maskedNewAddress}` : ''}. Emails no longer come to this address.\n\nIf you did not ask for this change, call us now.\n\n${CONTACT.en}`,
    },
    es: {
      subject: 'Se cambió el correo electrónico de su cuenta del DCSS',
      body: `El ${agencyTime('es', at)} se cambió el correo electrónico de su cuenta${maskedNewAddress ? ` a ${maskedNewAddress}` : ''}. Los correos ya no llegarán a esta dirección.\n\nSi usted no pidió este cambio, llámenos ahora.\n\n${CONTACT.es}`,
    },
  }),
  paymentOutcome: (input: {
    approved: boolean;
    confirmationNumber: string;
    amount: string;
    caseNumber: string;
  }): Localized =>
    input.approved
      ? {
          en: {
            subject: `Payment received: ${input.confirmationNumber}`,
            body: `Your card payment of ${input.amount} on case ${input.caseNumber} went through after a delay.\nConfirmation number: ${input.confirmationNumber}`,
          },
          es: {
            subject: `Pago recibido: ${input.confirmationNumber}`,
            body: `Su pago con tarjeta de ${input.amount} en el caso ${input.caseNumber} se procesó después de una demora.\nNúmero de confirmación: ${input.confirmationNumber}`,
          },
        }
      : {
          en: {
            subject: `Payment not made: ${input.confirmationNumber}`,
            body: `Your card payment of ${input.amount} on case ${input.caseNumber} did not go through. No money was taken. You can try again or pay another way.`,
          },
          es: {
            subject: `Pago no realizado: ${input.confirmationNumber}`,
            body: `Su pago con tarjeta de ${input.amount} en el caso ${input.caseNumber} no se procesó. No se cobró dinero. Puede intentarlo de nuevo o pagar de otra forma.`,
          },
        },
} as const;

/**
 * The frame of a notice email in each language: the subject before the notice's own title, and a
 * closing line after its body. The notice's text is the agency's, written once; the frame is in the
 * parent's language (lib/notice-announcement.ts picks it per row in SQL).
 */
export const NOTICE_EMAIL_FRAME: Record<EmailLanguage, { subjectPrefix: string; footer: string }> = {
  en: {
    subjectPrefix: 'DCSS notice: ',
    footer:
      'You get this email because notice emails are on in your notification preferences. Read every notice in force under Notices on the Customer Online Services site.',
  },
  es: {
    subjectPrefix: 'Aviso del DCSS: ',
    footer:
      'Recibe este correo porque los correos de avisos están activados en sus preferencias de notificación. Lea todos los avisos vigentes en Avisos del sitio de Servicios en Línea.',
  },
};
