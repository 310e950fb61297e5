// Instants as the agency reads them: its own day and clock (America/New_York), marked "ET", in the
// console's language. The API sends ISO instants; nothing here depends on the staff member's zone.
const AGENCY_TIME_ZONE = 'America/New_York';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Nov 22, 2026, 11:46 AM ET" (or its Spanish form). */
export function formatAgencyDateTime(iso: string, language: string): string {
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
      timeZone: AGENCY_TIME_ZONE,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(language, format);
  }
  return `${format.format(new Date(iso))} ET`;
}

/** Today in the agency's zone as YYYY-MM-DD (the audit filters' default end date). */
export function agencyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: AGENCY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
