import { createI18n } from '@cos/ui';
import accountsEn from '../locales/en/accounts.json';
import applicationsEn from '../locales/en/applications.json';
import appointmentsEn from '../locales/en/appointments.json';
import auditEn from '../locales/en/audit.json';
import changeRequestsEn from '../locales/en/change-requests.json';
import contactRequestsEn from '../locales/en/contact-requests.json';
import documentsEn from '../locales/en/documents.json';
import authEn from '../locales/en/auth.json';
import commonEn from '../locales/en/common.json';
import errorsEn from '../locales/en/errors.json';
import lookupEn from '../locales/en/lookup.json';
import staffUsersEn from '../locales/en/staff-users.json';
import contentEn from '../locales/en/content.json';
import officesEn from '../locales/en/offices.json';
import jobsEn from '../locales/en/jobs.json';
import accountsEs from '../locales/es/accounts.json';
import applicationsEs from '../locales/es/applications.json';
import appointmentsEs from '../locales/es/appointments.json';
import auditEs from '../locales/es/audit.json';
import changeRequestsEs from '../locales/es/change-requests.json';
import contactRequestsEs from '../locales/es/contact-requests.json';
import documentsEs from '../locales/es/documents.json';
import authEs from '../locales/es/auth.json';
import commonEs from '../locales/es/common.json';
import errorsEs from '../locales/es/errors.json';
import lookupEs from '../locales/es/lookup.json';
import staffUsersEs from '../locales/es/staff-users.json';
import contentEs from '../locales/es/content.json';
import officesEs from '../locales/es/offices.json';
import jobsEs from '../locales/es/jobs.json';

// Bundled like the web app's: no locale requests, ready on the first render. One namespace per
// feature; `common` holds the frame, page names, status tags and the reason dialog.
export const resources = {
  en: {
    common: commonEn,
    auth: authEn,
    errors: errorsEn,
    lookup: lookupEn,
    accounts: accountsEn,
    audit: auditEn,
    staffUsers: staffUsersEn,
    jobs: jobsEn,
    content: contentEn,
    contactRequests: contactRequestsEn,
    changeRequests: changeRequestsEn,
    documents: documentsEn,
    applications: applicationsEn,
    appointments: appointmentsEn,
    offices: officesEn,
  },
  es: {
    common: commonEs,
    auth: authEs,
    errors: errorsEs,
    lookup: lookupEs,
    accounts: accountsEs,
    audit: auditEs,
    staffUsers: staffUsersEs,
    jobs: jobsEs,
    content: contentEs,
    contactRequests: contactRequestsEs,
    changeRequests: changeRequestsEs,
    documents: documentsEs,
    applications: applicationsEs,
    appointments: appointmentsEs,
    offices: officesEs,
  },
};

export function createConsoleI18n() {
  return createI18n({ resources, defaultNS: 'common' });
}
