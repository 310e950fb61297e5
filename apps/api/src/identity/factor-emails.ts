// The emails about a parent's factors, in English and Spanish; the sender renders the parent's
// language (email/templates.ts `render`). A code email carries the code and nothing else that signs
// anyone in; a change email names what changed, never a secret.
import type { SecurityPolicy } from '@cos/security';
import type { Localized } from '../email/templates.ts';
import type { EmailCodePurpose } from './second-factor.ts';

const CONTACT_EN = 'call the Customer Communication Center at 1-877-423-4746';
const CONTACT_ES = 'llame al Centro de Comunicación con el Cliente al 1-877-423-4746';

const PURPOSE = {
  sign_in: { en: 'to finish signing in', es: 'para terminar de iniciar sesión' },
  recovery: { en: 'to recover your account', es: 'para recuperar su cuenta' },
  enrol: { en: 'to turn on email codes', es: 'para activar los códigos por correo electrónico' },
} as const;

export function emailCodeMessage(code: string, purpose: EmailCodePurpose, policy: SecurityPolicy): Localized {
  const minutes = policy.secondFactor.codeMinutes;
  const what = PURPOSE[purpose];
  return {
    en: {
      subject: 'Your Customer Online Services code',
      body:
        `Your code ${what.en} is ${code}. It works once, for ${minutes} minutes. ` +
        `If you did not ask for it, someone may know your password: ${CONTACT_EN}.`,
    },
    es: {
      subject: 'Su código de Servicios en Línea',
      body:
        `Su código ${what.es} es ${code}. Sirve una vez, durante ${minutes} minutos. ` +
        `Si usted no lo pidió, alguien puede conocer su contraseña: ${CONTACT_ES}.`,
    },
  };
}

export type FactorChange =
  | 'passkey_added'
  | 'passkey_removed'
  | 'totp_on'
  | 'totp_off'
  | 'email_on'
  | 'email_off'
  | 'removed_by_recovery'
  | 'removed_by_staff';

const CHANGE: Record<FactorChange, { en: string; es: string }> = {
  passkey_added: {
    en: 'A passkey was added to your account',
    es: 'Se agregó una llave de acceso a su cuenta',
  },
  passkey_removed: {
    en: 'A passkey was removed from your account',
    es: 'Se quitó una llave de acceso de su cuenta',
  },
  totp_on: {
    en: 'Sign-in codes from an authenticator app were turned on',
    es: 'Se activaron los códigos de una aplicación de autenticación',
  },
  totp_off: {
    en: 'Sign-in codes from an authenticator app were turned off',
    es: 'Se desactivaron los códigos de una aplicación de autenticación',
  },
  email_on: {
    en: 'Sign-in codes by email were turned on',
    es: 'Se activaron los códigos por correo electrónico',
  },
  email_off: {
    en: 'Sign-in codes by email were turned off',
    es: 'Se desactivaron los códigos por correo electrónico',
  },
  removed_by_recovery: {
    en: 'Your authenticator app was removed while recovering your account',
    es: 'Se quitó su aplicación de autenticación al recuperar su cuenta',
  },
  removed_by_staff: {
    en: 'A contact center agent removed a sign-in method you reported lost',
    es: 'Un agente del centro de contacto quitó un método de inicio de sesión que usted reportó perdido',
  },
};

export function factorChangeMessage(change: FactorChange, detail?: string): Localized {
  const text = CHANGE[change];
  const named = detail ? ` (${detail})` : '';
  return {
    en: { subject: text.en, body: `${text.en}${named}. If you did not do this, ${CONTACT_EN} right away.` },
    es: { subject: text.es, body: `${text.es}${named}. Si usted no lo hizo, ${CONTACT_ES} de inmediato.` },
  };
}
