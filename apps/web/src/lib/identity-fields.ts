// The identity fields two forms ask for (registration, recovery): their checks (the contracts'
// schemas) and their turn into the wire formats, as a zod schema for useApiForm.
import { DateOfBirth, PersonName, SsnInput } from '@cos/contracts';
import { z } from 'zod';
import { dateOfBirthFieldIds } from '../components/forms/date-of-birth-field.tsx';

/** The element ids of the shared fields (the date boxes are the date-of-birth field's). */
export const identityFieldIds = {
  firstName: 'first-name',
  lastName: 'last-name',
  ssn: 'ssn',
  dobMonth: dateOfBirthFieldIds.month,
  dobDay: dateOfBirthFieldIds.day,
  dobYear: dateOfBirthFieldIds.year,
  // The server's name for the three boxes.
  dateOfBirth: dateOfBirthFieldIds.month,
} as const;

export type IdentityFieldName = 'firstName' | 'lastName' | 'dobMonth' | 'dobDay' | 'dobYear' | 'ssn';

/** The boxes as the form holds them (names as the inputs' `name`s), each checked on its own. */
export const identityFieldsShape = {
  firstName: PersonName,
  lastName: PersonName,
  dobMonth: z.string(),
  dobDay: z.string(),
  dobYear: z.string(),
  ssn: z.string().transform(formatSsn).pipe(SsnInput),
};

export const identityFieldsDefaults = {
  firstName: '',
  lastName: '',
  dobMonth: '',
  dobDay: '',
  dobYear: '',
  ssn: '',
};

type DateBoxes = { dobMonth: string; dobDay: string; dobYear: string };

/** A superRefine for the form's object: the three boxes make one real date of birth. */
export function checkDateOfBirth(values: DateBoxes, context: z.RefinementCtx) {
  if (DateOfBirth.safeParse(dateOfBirth(values)).success) return;
  context.addIssue({
    code: 'custom',
    path: [dateOfBirthErrorTarget(values)],
    message: 'Enter your date of birth.',
  });
}

/** The form's values with the three boxes as the wire's `dateOfBirth`. */
export function withDateOfBirth<T extends DateBoxes>({
  dobMonth,
  dobDay,
  dobYear,
  ...rest
}: T): Omit<T, keyof DateBoxes> & { dateOfBirth: string } {
  return { ...rest, dateOfBirth: dateOfBirth({ dobMonth, dobDay, dobYear }) };
}

/** The translation keys of the shared fields' problems, in the form's namespace. */
export function identityMessages(namespace: string) {
  const dateOfBirth = `${namespace}:errors.dateOfBirth`;
  return {
    firstName: `${namespace}:errors.firstName`,
    lastName: `${namespace}:errors.lastName`,
    dobMonth: dateOfBirth,
    dobDay: dateOfBirth,
    dobYear: dateOfBirth,
    ssn: `${namespace}:errors.ssn`,
  };
}

/** The three date boxes as the wire's YYYY-MM-DD ('' parts stay empty, so the check fails). */
export function dateOfBirth({ dobYear, dobMonth, dobDay }: DateBoxes): string {
  const pad = (value: string) => (value.trim().length === 1 ? `0${value.trim()}` : value.trim());
  return `${dobYear.trim()}-${pad(dobMonth)}-${pad(dobDay)}`;
}

/** 123456789 or 123-45-6789 (spaces allowed while typing) → 123-45-6789. */
export function formatSsn(ssn: string): string {
  const digits = ssn.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits)
    ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
    : ssn.trim();
}

/** Which box the problem is about: the first empty one after a filled one, or the month. */
export function dateOfBirthErrorTarget(input: DateBoxes): keyof DateBoxes {
  if (!input.dobDay.trim() && input.dobMonth) return 'dobDay';
  if (!input.dobYear.trim() && input.dobMonth && input.dobDay.trim()) return 'dobYear';
  return 'dobMonth';
}
