// The portal's English strings for every page but the layout and the sign-in steps: a chunk of its
// own, fetched before any other page shows (router.tsx), so a first visit to the sign-in page does
// not download them (docs/decisions/0009-page-weight.md). The names are listed in i18n.ts
// (`pageNamespaces`); i18n.test.ts keeps the two in step with the files in locales/en.
import homeEn from '../locales/en/home.json';
import servicesEn from '../locales/en/services.json';
import privacyEn from '../locales/en/privacy.json';
import siteMapEn from '../locales/en/site-map.json';
import registrationEn from '../locales/en/registration.json';
import recoveryEn from '../locales/en/recovery.json';
import casesEn from '../locales/en/cases.json';
import provideInfoEn from '../locales/en/provide-info.json';
import makePaymentEn from '../locales/en/make-payment.json';
import notificationsEn from '../locales/en/notifications.json';
import documentsEn from '../locales/en/documents.json';
import appointmentsEn from '../locales/en/appointments.json';
import directDepositEn from '../locales/en/direct-deposit.json';
import officesEn from '../locales/en/offices.json';
import applyEn from '../locales/en/apply.json';
import contactEn from '../locales/en/contact.json';
import faqEn from '../locales/en/faq.json';

export const englishPages = {
  home: homeEn,
  services: servicesEn,
  privacy: privacyEn,
  'site-map': siteMapEn,
  registration: registrationEn,
  recovery: recoveryEn,
  cases: casesEn,
  provideInfo: provideInfoEn,
  makePayment: makePaymentEn,
  notifications: notificationsEn,
  documents: documentsEn,
  appointments: appointmentsEn,
  directDeposit: directDepositEn,
  offices: officesEn,
  apply: applyEn,
  contact: contactEn,
  faq: faqEn,
};
