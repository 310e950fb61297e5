import { NewUserId, type PasswordProblem, type RegistrationCompleteRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { z } from 'zod';
import {
  securityAnswerFieldId,
  securityAnswerProblems,
  securityAnswersRequest,
} from '../../../lib/security-questions/answers.ts';

export const credentialsFieldIds = {
  userId: 'new-user-id',
  password: 'new-password',
  email: 'email',
} as const;

export type CredentialsInput = {
  userId: string;
  password: string;
  email: string;
  /** Question ids as chosen in the selects ('' while unchosen), and the answers, in order. */
  questions: readonly string[];
  answers: readonly string[];
};

const Email = z.email();

/**
 * The checks the server makes, in the order a person fixes them, with translatable messages;
 * `passwordProblem` is the first problem the shared password rules found (already translated
 * by the caller, since its wording has values in it).
 */
export function validateCredentials(
  input: CredentialsInput,
  passwordProblem: PasswordProblem | undefined,
  describe: (problem: PasswordProblem) => string,
): { errors: FieldError[]; request?: Omit<RegistrationCompleteRequest, 'registrationToken'> } {
  const errors: FieldError[] = [];
  const fail = (fieldId: string, key: string) =>
    errors.push({ fieldId, messageKey: `registration:errors.${key}` });

  const userId = input.userId.trim();
  if (!userId) fail(credentialsFieldIds.userId, 'userIdRequired');
  else if (!NewUserId.safeParse(userId).success) fail(credentialsFieldIds.userId, 'userIdRules');

  if (!input.password) fail(credentialsFieldIds.password, 'passwordRequired');
  else if (passwordProblem)
    errors.push({
      fieldId: credentialsFieldIds.password,
      messageKey: '',
      message: describe(passwordProblem),
    });

  const email = input.email.trim();
  if (email && !Email.safeParse(email).success) fail(credentialsFieldIds.email, 'email');

  errors.push(...securityAnswerProblems(input, { userId, password: input.password }));

  if (errors.length > 0) return { errors };
  return {
    errors,
    request: {
      userId,
      password: input.password,
      ...(email ? { email } : {}),
      securityAnswers: securityAnswersRequest(input),
    },
  };
}

/** Where the server's field names (`securityAnswers.1.answer`) land on this form. */
export function credentialsFieldId(field: string): string | undefined {
  if (field === 'userId') return credentialsFieldIds.userId;
  if (field === 'password') return credentialsFieldIds.password;
  if (field === 'email') return credentialsFieldIds.email;
  return securityAnswerFieldId(field);
}
