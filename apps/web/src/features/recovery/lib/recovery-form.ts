// The two recovery forms' checks, made before anything is sent: the rules are the contracts'
// schemas (what the server accepts); the words are translation keys of the 'recovery' namespace.
import { RecoveryChoice, type RecoveryAnswerRequest, type RecoveryStartRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import {
  identityFieldIds,
  identityFieldsFieldId,
  validateIdentityFields,
  type IdentityFieldsInput,
} from '../../../lib/identity-fields.ts';

export const recoveryFieldIds = {
  firstName: identityFieldIds.firstName,
  lastName: identityFieldIds.lastName,
  ssn: identityFieldIds.ssn,
  recover: 'recover-user-id', // the first radio button: where the summary's link leads
} as const;
export const answerFieldId = (index: number) => `recovery-answer-${index + 1}`;

export type IdentityInput = IdentityFieldsInput;

export function validateRecoveryIdentity(input: IdentityInput): {
  errors: FieldError[];
  request?: RecoveryStartRequest;
} {
  const { errors, values } = validateIdentityFields(input, 'recovery');
  return values ? { errors, request: values } : { errors };
}

/** Where the server's field names land on the identity form. */
export const identityFieldId = identityFieldsFieldId;

export function validateRecoveryAnswers(
  questions: ReadonlyArray<{ id: number }>,
  answers: readonly string[],
  recover: string,
): { errors: FieldError[]; request?: Omit<RecoveryAnswerRequest, 'recoveryToken'> } {
  const errors: FieldError[] = [];
  questions.forEach((_, index) => {
    if (!(answers[index] ?? '').trim())
      errors.push({ fieldId: answerFieldId(index), messageKey: 'recovery:errors.answerRequired' });
  });
  const choice = RecoveryChoice.safeParse(recover);
  if (!choice.success)
    errors.push({ fieldId: recoveryFieldIds.recover, messageKey: 'recovery:errors.recoverRequired' });
  if (errors.length > 0 || !choice.success) return { errors };
  return {
    errors,
    request: {
      answers: questions.map(({ id }, index) => ({ questionId: id, answer: answers[index] ?? '' })),
      recover: choice.data,
    },
  };
}
