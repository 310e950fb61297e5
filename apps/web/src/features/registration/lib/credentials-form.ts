import { NewUserId, SECURITY_POLICY_DEFAULTS, type PasswordProblem, type RegistrationCompleteRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { z } from 'zod';

export const credentialsFieldIds = { userId: 'new-user-id', password: 'new-password', email: 'email' } as const;
export const questionFieldId = (index: number) => `security-question-${index + 1}`;
export const answerFieldId = (index: number) => `security-answer-${index + 1}`;
export const questionCount = SECURITY_POLICY_DEFAULTS.securityAnswers.count;

export type CredentialsInput = {
  userId: string;
  password: string;
  email: string;
  /** Question ids as chosen in the selects ('' while unchosen), and the answers, in order. */
  questions: readonly string[];
  answers: readonly string[];
};

/** As the server compares answers (SPEC.md §5): trimmed, spaces collapsed, lower-case. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').toLowerCase();
}

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
  const fail = (fieldId: string, key: string) => errors.push({ fieldId, messageKey: `registration:errors.${key}` });

  const userId = input.userId.trim();
  if (!userId) fail(credentialsFieldIds.userId, 'userIdRequired');
  else if (!NewUserId.safeParse(userId).success) fail(credentialsFieldIds.userId, 'userIdRules');

  if (!input.password) fail(credentialsFieldIds.password, 'passwordRequired');
  else if (passwordProblem) errors.push({ fieldId: credentialsFieldIds.password, messageKey: '', message: describe(passwordProblem) });

  const email = input.email.trim();
  if (email && !Email.safeParse(email).success) fail(credentialsFieldIds.email, 'email');

  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  const minLength = SECURITY_POLICY_DEFAULTS.securityAnswers.minLength;
  for (let index = 0; index < questionCount; index += 1) {
    const question = input.questions[index] ?? '';
    const answer = normaliseAnswer(input.answers[index] ?? '');
    if (!question) fail(questionFieldId(index), 'questionRequired');
    else if (seenQuestions.has(question)) fail(questionFieldId(index), 'questionRepeated');
    seenQuestions.add(question);

    if (!answer) fail(answerFieldId(index), 'answerRequired');
    else if ([...answer].length < minLength) fail(answerFieldId(index), 'answerShort');
    else if (answer === userId.toLowerCase() || answer === normaliseAnswer(input.password)) fail(answerFieldId(index), 'answerIsCredential');
    else if (seenAnswers.has(answer)) fail(answerFieldId(index), 'answerRepeated');
    seenAnswers.add(answer);
  }

  if (errors.length > 0) return { errors };
  return {
    errors,
    request: {
      userId,
      password: input.password,
      ...(email ? { email } : {}),
      securityAnswers: input.questions.map((question, index) => ({ questionId: Number(question), answer: input.answers[index] ?? '' })),
    },
  };
}

/** Where the server's field names (`securityAnswers.1.answer`) land on this form. */
export function credentialsFieldId(field: string): string | undefined {
  if (field === 'userId') return credentialsFieldIds.userId;
  if (field === 'password') return credentialsFieldIds.password;
  if (field === 'email') return credentialsFieldIds.email;
  const answer = /^securityAnswers\.(\d+)\.(answer|questionId)$/.exec(field);
  if (answer) return answer[2] === 'answer' ? answerFieldId(Number(answer[1])) : questionFieldId(Number(answer[1]));
  if (field.startsWith('securityAnswers')) return questionFieldId(0);
  return undefined;
}
