import { CaseNumber, DateOfBirth, PersonName, SsnInput, type RegistrationVerifyRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const identityFieldIds = {
  caseNumber: 'case-number',
  firstName: 'first-name',
  lastName: 'last-name',
  dobMonth: 'dob-month',
  dobDay: 'dob-day',
  dobYear: 'dob-year',
  ssn: 'ssn',
} as const;

export type IdentityInput = {
  caseNumber: string;
  firstName: string;
  lastName: string;
  dobMonth: string;
  dobDay: string;
  dobYear: string;
  ssn: string;
};

/** The three date boxes as the wire's YYYY-MM-DD ('' parts stay empty, so the check fails). */
export function dateOfBirth({ dobYear, dobMonth, dobDay }: Pick<IdentityInput, 'dobYear' | 'dobMonth' | 'dobDay'>): string {
  const pad = (value: string) => (value.trim().length === 1 ? `0${value.trim()}` : value.trim());
  return `${dobYear.trim()}-${pad(dobMonth)}-${pad(dobDay)}`;
}

/** 123456789 or 123-45-6789 (spaces allowed while typing) → 123-45-6789. */
export function formatSsn(ssn: string): string {
  const digits = ssn.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : ssn.trim();
}

/**
 * The rules are the contracts' schemas (what the server accepts); the words are this app's, so
 * they can be translated. Returns the request when everything is valid.
 */
export function validateIdentity(input: IdentityInput): { errors: FieldError[]; request?: RegistrationVerifyRequest } {
  const errors: FieldError[] = [];
  const check = (ok: boolean, fieldId: string, key: string) => {
    if (!ok) errors.push({ fieldId, messageKey: `registration:errors.${key}` });
  };
  check(CaseNumber.safeParse(input.caseNumber).success, identityFieldIds.caseNumber, 'caseNumber');
  check(PersonName.safeParse(input.firstName).success, identityFieldIds.firstName, 'firstName');
  check(PersonName.safeParse(input.lastName).success, identityFieldIds.lastName, 'lastName');
  const dob = dateOfBirth(input);
  // The link in the error summary goes to the first empty box, or to the month.
  const firstEmpty = !input.dobDay.trim() && input.dobMonth ? identityFieldIds.dobDay : !input.dobYear.trim() && input.dobMonth && input.dobDay.trim() ? identityFieldIds.dobYear : identityFieldIds.dobMonth;
  check(DateOfBirth.safeParse(dob).success, firstEmpty, 'dateOfBirth');
  const ssn = formatSsn(input.ssn);
  check(SsnInput.safeParse(ssn).success, identityFieldIds.ssn, 'ssn');
  if (errors.length > 0) return { errors };
  return {
    errors,
    request: {
      caseNumber: input.caseNumber.trim(),
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      dateOfBirth: dob,
      ssn,
    },
  };
}

const wireFieldIds: Record<string, string> = {
  caseNumber: identityFieldIds.caseNumber,
  firstName: identityFieldIds.firstName,
  lastName: identityFieldIds.lastName,
  dateOfBirth: identityFieldIds.dobMonth,
  ssn: identityFieldIds.ssn,
};

/** Where the server's field names land on this form. */
export function identityFieldId(field: string): string | undefined {
  return wireFieldIds[field];
}
