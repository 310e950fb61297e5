// Times are shown in the agency's time zone (Georgia), whatever the device's zone, so a parent and
// the contact center read the same time for the same event.
export const agencyTimeZone = 'America/New_York';

/** "Tuesday, May 5, 2026 at 3:04 PM EDT" in the current language. */
export function formatAgencyDateTime(iso: string, language: string): string {
  return (
    new Intl.DateTimeFormat(language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: agencyTimeZone,
    }).format(new Date(iso)) + ` ${zoneName(iso, language)}`
  );
}

/** "May 5, 2026, 3:04 PM EDT": for tables. */
export function formatAgencyDateTimeShort(iso: string, language: string): string {
  return (
    new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: agencyTimeZone,
    }).format(new Date(iso)) + ` ${zoneName(iso, language)}`
  );
}

function zoneName(iso: string, language: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone: agencyTimeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? 'ET';
}

/** "Nov 5, 2026": the agency's calendar day of an instant (a payment received late at night UTC). */
export function formatAgencyDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: agencyTimeZone }).format(
    new Date(iso),
  );
}

/**
 * "Aug 1, 2018" for a calendar date (YYYY-MM-DD, an order's start). It names a day, not an
 * instant, so it is formatted in UTC, where its midnight lives, and never shifts a day.
 */
export function formatCalendarDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "Jan 2025" (short) or "January 2025" (long) for a month given as YYYY-MM. */
export function formatMonth(month: string, language: string, length: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(language, { month: length, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** Today's date in the agency's zone as YYYY-MM-DD (the default end of a statement period). */
export function agencyToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: agencyTimeZone,
  }).format(now);
}
