import { createI18n } from '@cos/ui';
import type { ResourceLanguage } from 'i18next';
import authEn from '../locales/en/auth.json';
import casesEn from '../locales/en/cases.json';
import commonEn from '../locales/en/common.json';
import errorsEn from '../locales/en/errors.json';
import formsEn from '../locales/en/forms.json';
import homeEn from '../locales/en/home.json';
import privacyEn from '../locales/en/privacy.json';
import recoveryEn from '../locales/en/recovery.json';
import registrationEn from '../locales/en/registration.json';
import servicesEn from '../locales/en/services.json';
import siteMapEn from '../locales/en/site-map.json';
import directDepositEn from '../locales/en/direct-deposit.json';
import noticesEn from '../locales/en/notices.json';
import officesEn from '../locales/en/offices.json';
import applyEn from '../locales/en/apply.json';
import contactEn from '../locales/en/contact.json';
import faqEn from '../locales/en/faq.json';
import makePaymentEn from '../locales/en/make-payment.json';
import notificationsEn from '../locales/en/notifications.json';
import provideInfoEn from '../locales/en/provide-info.json';
import documentsEn from '../locales/en/documents.json';
import appointmentsEn from '../locales/en/appointments.json';
import { spanish } from './i18n-spanish.ts';

// One namespace per page or feature. English (also the fallback for any missing Spanish string)
// is bundled; Spanish is fetched on demand (docs/decisions/0009-page-weight.md): before the first
// render for a visitor whose language is Spanish (main.tsx), else when they switch.
const english = {
  common: commonEn,
  errors: errorsEn,
  home: homeEn,
  services: servicesEn,
  privacy: privacyEn,
  'site-map': siteMapEn,
  auth: authEn,
  registration: registrationEn,
  forms: formsEn,
  recovery: recoveryEn,
  cases: casesEn,
  provideInfo: provideInfoEn,
  makePayment: makePaymentEn,
  notifications: notificationsEn,
  documents: documentsEn,
  appointments: appointmentsEn,
  notices: noticesEn,
  directDeposit: directDepositEn,
  offices: officesEn,
  apply: applyEn,
  contact: contactEn,
  faq: faqEn,
};

/** Both languages, bundled: for tests, which render synchronously in either language. */
export const resources = { en: english, es: spanish };

export function loadSpanish(): Promise<ResourceLanguage> {
  return import('./i18n-spanish.ts').then((module) => module.spanish);
}

/** `spanish`: the Spanish strings when main.tsx already loaded them for this visitor. */
export function createWebI18n(spanish?: ResourceLanguage) {
  return createI18n({
    resources: spanish ? { en: english, es: spanish } : { en: english },
    defaultNS: 'common',
    loadLanguage: (language) => (language === 'es' ? loadSpanish() : Promise.resolve(english)),
  });
}
