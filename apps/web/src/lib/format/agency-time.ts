// Times are shown in the agency's time zone (Georgia), whatever the device's zone, so a parent and
// the contact center read the same time for the same event.
export const agencyTimeZone = 'America/New_York';

/** "Tuesday, May 5, 2026 at 3:04 PM EDT" in the current language. */
export function formatAgencyDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: agencyTimeZone,
  }).format(new Date(iso)) + ` ${zoneName(iso, language)}`;
}

/** "May 5, 2026, 3:04 PM EDT": for tables. */
export function formatAgencyDateTimeShort(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: agencyTimeZone,
  }).format(new Date(iso)) + ` ${zoneName(iso, language)}`;
}

function zoneName(iso: string, language: string): string {
  const part = new Intl.DateTimeFormat(language, { timeZone: agencyTimeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? 'ET';
}
