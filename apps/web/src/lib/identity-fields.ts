// The identity fields two forms ask for (registration, recovery), turned into the wire formats.

/** The three date boxes as the wire's YYYY-MM-DD ('' parts stay empty, so the check fails). */
export function dateOfBirth({ dobYear, dobMonth, dobDay }: { dobYear: string; dobMonth: string; dobDay: string }): string {
  const pad = (value: string) => (value.trim().length === 1 ? `0${value.trim()}` : value.trim());
  return `${dobYear.trim()}-${pad(dobMonth)}-${pad(dobDay)}`;
}

/** 123456789 or 123-45-6789 (spaces allowed while typing) → 123-45-6789. */
export function formatSsn(ssn: string): string {
  const digits = ssn.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : ssn.trim();
}

/** The error summary links to the first empty date box, or to the month. */
export function dateOfBirthErrorTarget(input: { dobMonth: string; dobDay: string; dobYear: string }, ids: { month: string; day: string; year: string }): string {
  if (!input.dobDay.trim() && input.dobMonth) return ids.day;
  if (!input.dobYear.trim() && input.dobMonth && input.dobDay.trim()) return ids.year;
  return ids.month;
}
