// The identity fields two forms ask for (registration, recovery), checked and turned into the wire formats.
import { DateOfBirth, PersonName, SsnInput } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { dateOfBirthFieldIds } from '../components/forms/date-of-birth-field.tsx';

/** The element ids of the shared fields (the date boxes are the date-of-birth field's). */
export const identityFieldIds = { firstName: 'first-name', lastName: 'last-name', ssn: 'ssn' } as const;

/** What the form's boxes hold (names as the inputs' `name`s). */
export type IdentityFieldsInput = {
  firstName: string;
  lastName: string;
  dobMonth: string;
  dobDay: string;
  dobYear: string;
  ssn: string;
};

/** The checked values, in wire format. */
export type IdentityFieldsValues = { firstName: string; lastName: string; dateOfBirth: string; ssn: string };

function text(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** The shared fields' values, read from the submitted form. */
export function readIdentityFields(form: HTMLFormElement): IdentityFieldsInput {
  return {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    dobMonth: text(form, 'dobMonth'),
    dobDay: text(form, 'dobDay'),
    dobYear: text(form, 'dobYear'),
    ssn: text(form, 'ssn'),
  };
}

/**
 * The rules are the contracts' schemas (what the server accepts); the words are `${namespace}:errors.*`
 * translation keys. Returns the values when everything is valid.
 */
export function validateIdentityFields(
  input: IdentityFieldsInput,
  namespace: string,
): { errors: FieldError[]; values?: IdentityFieldsValues } {
  const errors: FieldError[] = [];
  const check = (ok: boolean, fieldId: string, key: string) => {
    if (!ok) errors.push({ fieldId, messageKey: `${namespace}:errors.${key}` });
  };
  check(PersonName.safeParse(input.firstName).success, identityFieldIds.firstName, 'firstName');
  check(PersonName.safeParse(input.lastName).success, identityFieldIds.lastName, 'lastName');
  const dob = dateOfBirth(input);
  check(
    DateOfBirth.safeParse(dob).success,
    dateOfBirthErrorTarget(input, dateOfBirthFieldIds),
    'dateOfBirth',
  );
  const ssn = formatSsn(input.ssn);
  check(SsnInput.safeParse(ssn).success, identityFieldIds.ssn, 'ssn');
  if (errors.length > 0) return { errors };
  return {
    errors,
    values: { firstName: input.firstName.trim(), lastName: input.lastName.trim(), dateOfBirth: dob, ssn },
  };
}

/** Where the server's names for the shared fields land on the form. */
export function identityFieldsFieldId(field: string): string | undefined {
  if (field === 'dateOfBirth') return dateOfBirthFieldIds.month;
  return field === 'firstName' || field === 'lastName' || field === 'ssn'
    ? identityFieldIds[field]
    : undefined;
}

/** The three date boxes as the wire's YYYY-MM-DD ('' parts stay empty, so the check fails). */
export function dateOfBirth({
  dobYear,
  dobMonth,
  dobDay,
}: {
  dobYear: string;
  dobMonth: string;
  dobDay: string;
}): string {
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

/** The error summary links to the first empty date box, or to the month. */
export function dateOfBirthErrorTarget(
  input: { dobMonth: string; dobDay: string; dobYear: string },
  ids: { month: string; day: string; year: string },
): string {
  if (!input.dobDay.trim() && input.dobMonth) return ids.day;
  if (!input.dobYear.trim() && input.dobMonth && input.dobDay.trim()) return ids.year;
  return ids.month;
}
