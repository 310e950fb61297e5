// The console's Spanish strings: a chunk of their own, fetched only for staff who read Spanish
// (lib/i18n.ts).
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

export const spanish = {
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
};
