// The two recovery forms' checks, made before anything is sent: the rules are the contracts'
// schemas (what the server accepts); the words are translation keys of the 'recovery' namespace.
import { DateOfBirth, PersonName, RecoveryChoice, SsnInput, type RecoveryAnswerRequest, type RecoveryStartRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { dateOfBirthFieldIds } from '../../../components/forms/date-of-birth-field.tsx';
import { dateOfBirth, dateOfBirthErrorTarget, formatSsn } from '../../../lib/identity-fields.ts';

export const recoveryFieldIds = {
  firstName: 'first-name',
  lastName: 'last-name',
  ssn: 'ssn',
  recover: 'recover-user-id', // the first radio button: where the summary's link leads
} as const;
export const answerFieldId = (index: number) => `recovery-answer-${index + 1}`;

export type IdentityInput = { firstName: string; lastName: string; dobMonth: string; dobDay: string; dobYear: string; ssn: string };

export function validateRecoveryIdentity(input: IdentityInput): { errors: FieldError[]; request?: RecoveryStartRequest } {
  const errors: FieldError[] = [];
  const check = (ok: boolean, fieldId: string, key: string) => {
    if (!ok) errors.push({ fieldId, messageKey: `recovery:errors.${key}` });
  };
  check(PersonName.safeParse(input.firstName).success, recoveryFieldIds.firstName, 'firstName');
  check(PersonName.safeParse(input.lastName).success, recoveryFieldIds.lastName, 'lastName');
  const dob = dateOfBirth(input);
  check(DateOfBirth.safeParse(dob).success, dateOfBirthErrorTarget(input, dateOfBirthFieldIds), 'dateOfBirth');
  const ssn = formatSsn(input.ssn);
  check(SsnInput.safeParse(ssn).success, recoveryFieldIds.ssn, 'ssn');
  if (errors.length > 0) return { errors };
  return { errors, request: { firstName: input.firstName.trim(), lastName: input.lastName.trim(), dateOfBirth: dob, ssn } };
}

/** Where the server's field names land on the identity form. */
export function identityFieldId(field: string): string | undefined {
  if (field === 'dateOfBirth') return dateOfBirthFieldIds.month;
  return field === 'firstName' || field === 'lastName' || field === 'ssn' ? recoveryFieldIds[field] : undefined;
}

export function validateRecoveryAnswers(
  questions: ReadonlyArray<{ id: number }>,
  answers: readonly string[],
  recover: string,
): { errors: FieldError[]; request?: Omit<RecoveryAnswerRequest, 'recoveryToken'> } {
  const errors: FieldError[] = [];
  questions.forEach((_, index) => {
    if (!(answers[index] ?? '').trim()) errors.push({ fieldId: answerFieldId(index), messageKey: 'recovery:errors.answerRequired' });
  });
  const choice = RecoveryChoice.safeParse(recover);
  if (!choice.success) errors.push({ fieldId: recoveryFieldIds.recover, messageKey: 'recovery:errors.recoverRequired' });
  if (errors.length > 0 || !choice.success) return { errors };
  return {
    errors,
    request: { answers: questions.map(({ id }, index) => ({ questionId: id, answer: answers[index] ?? '' })), recover: choice.data },
  };
}
