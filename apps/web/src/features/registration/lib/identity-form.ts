import { CaseNumber, DateOfBirth, PersonName, SsnInput, type RegistrationVerifyRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { dateOfBirthFieldIds } from '../../../components/forms/date-of-birth-field.tsx';
import { dateOfBirth, dateOfBirthErrorTarget, formatSsn } from '../../../lib/identity-fields.ts';

export { dateOfBirth, formatSsn };

export const identityFieldIds = {
  caseNumber: 'case-number',
  firstName: 'first-name',
  lastName: 'last-name',
  dobMonth: dateOfBirthFieldIds.month,
  dobDay: dateOfBirthFieldIds.day,
  dobYear: dateOfBirthFieldIds.year,
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
  check(DateOfBirth.safeParse(dob).success, dateOfBirthErrorTarget(input, dateOfBirthFieldIds), 'dateOfBirth');
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
