import { createI18n } from '@cos/ui';
import type { ResourceLanguage } from 'i18next';
import { spanish } from './i18n-spanish.ts';
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

// Like the web app's: English (also the fallback) bundled, Spanish fetched on demand
// (docs/decisions/0009-page-weight.md). One namespace per feature; `common` holds the frame, page
// names, status tags and the reason dialog.
const english = {
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
};

/** Both languages, bundled: for tests, which render synchronously in either language. */
export const resources = { en: english, es: spanish };

export function loadSpanish(): Promise<ResourceLanguage> {
  return import('./i18n-spanish.ts').then((module) => module.spanish);
}

/** `spanish`: the Spanish strings when main.tsx already loaded them for this visitor. */
export function createConsoleI18n(spanish?: ResourceLanguage) {
  return createI18n({
    resources: spanish ? { en: english, es: spanish } : { en: english },
    defaultNS: 'common',
    loadLanguage: (language) => (language === 'es' ? loadSpanish() : Promise.resolve(english)),
  });
}
