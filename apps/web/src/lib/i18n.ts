import { createI18n } from '@cos/ui';
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

// One namespace per page or feature, all bundled: the whole text is a few kilobytes and loading
// it up front means no flash of untranslated keys and no extra requests.
export const resources = {
  en: {
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
  },
  es: {
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
  },
};

export function createWebI18n() {
  return createI18n({ resources, defaultNS: 'common' });
}
