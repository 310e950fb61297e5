import { CaseNumber, type RegistrationVerifyRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { dateOfBirthFieldIds } from '../../../components/forms/date-of-birth-field.tsx';
import {
  dateOfBirth,
  formatSsn,
  identityFieldIds as sharedFieldIds,
  identityFieldsFieldId,
  validateIdentityFields,
  type IdentityFieldsInput,
} from '../../../lib/identity-fields.ts';

export { dateOfBirth, formatSsn };

export const identityFieldIds = {
  caseNumber: 'case-number',
  firstName: sharedFieldIds.firstName,
  lastName: sharedFieldIds.lastName,
  dobMonth: dateOfBirthFieldIds.month,
  dobDay: dateOfBirthFieldIds.day,
  dobYear: dateOfBirthFieldIds.year,
  ssn: sharedFieldIds.ssn,
} as const;

export type IdentityInput = IdentityFieldsInput & { caseNumber: string };

/**
 * The rules are the contracts' schemas (what the server accepts); the words are this app's, so
 * they can be translated. Returns the request when everything is valid.
 */
export function validateIdentity(input: IdentityInput): {
  errors: FieldError[];
  request?: RegistrationVerifyRequest;
} {
  const errors: FieldError[] = [];
  if (!CaseNumber.safeParse(input.caseNumber).success)
    errors.push({ fieldId: identityFieldIds.caseNumber, messageKey: 'registration:errors.caseNumber' });
  const identity = validateIdentityFields(input, 'registration');
  errors.push(...identity.errors);
  if (errors.length > 0 || !identity.values) return { errors };
  return { errors, request: { caseNumber: input.caseNumber.trim(), ...identity.values } };
}

/** Where the server's field names land on this form. */
export function identityFieldId(field: string): string | undefined {
  return field === 'caseNumber' ? identityFieldIds.caseNumber : identityFieldsFieldId(field);
}
