// The portal's Spanish strings: a chunk of their own, fetched only for a visitor who reads Spanish
// (lib/i18n.ts), so an English first visit does not download them.
import authEs from '../locales/es/auth.json';
import casesEs from '../locales/es/cases.json';
import commonEs from '../locales/es/common.json';
import errorsEs from '../locales/es/errors.json';
import formsEs from '../locales/es/forms.json';
import homeEs from '../locales/es/home.json';
import privacyEs from '../locales/es/privacy.json';
import recoveryEs from '../locales/es/recovery.json';
import registrationEs from '../locales/es/registration.json';
import servicesEs from '../locales/es/services.json';
import siteMapEs from '../locales/es/site-map.json';
import directDepositEs from '../locales/es/direct-deposit.json';
import noticesEs from '../locales/es/notices.json';
import officesEs from '../locales/es/offices.json';
import applyEs from '../locales/es/apply.json';
import contactEs from '../locales/es/contact.json';
import faqEs from '../locales/es/faq.json';
import makePaymentEs from '../locales/es/make-payment.json';
import notificationsEs from '../locales/es/notifications.json';
import provideInfoEs from '../locales/es/provide-info.json';
import documentsEs from '../locales/es/documents.json';
import appointmentsEs from '../locales/es/appointments.json';

export const spanish = {
  common: commonEs,
  errors: errorsEs,
  home: homeEs,
  services: servicesEs,
  privacy: privacyEs,
  'site-map': siteMapEs,
  auth: authEs,
  registration: registrationEs,
  forms: formsEs,
  recovery: recoveryEs,
  cases: casesEs,
  provideInfo: provideInfoEs,
  makePayment: makePaymentEs,
  notifications: notificationsEs,
  documents: documentsEs,
  appointments: appointmentsEs,
  notices: noticesEs,
  directDeposit: directDepositEs,
  offices: officesEs,
  apply: applyEs,
  contact: contactEs,
  faq: faqEs,
};
