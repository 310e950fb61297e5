// Choosing security questions and answers, as registration and the Security page ask for them:
// the checks the server makes (docs/product.md §5), with translatable messages, before anything is sent.
import { SECURITY_POLICY_DEFAULTS, type ChangeSecurityQuestionsRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const questionCount = SECURITY_POLICY_DEFAULTS.securityAnswers.count;
export const questionFieldId = (index: number) => `security-question-${index + 1}`;
export const answerFieldId = (index: number) => `security-answer-${index + 1}`;

/** As the server compares answers (docs/product.md §5): trimmed, spaces collapsed, lower-case. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').toLowerCase();
}

export type ChosenAnswers = {
  /** Question ids as chosen in the selects ('' while unchosen), and the answers, in order. */
  questions: readonly string[];
  answers: readonly string[];
};

/**
 * Three different questions, and three different answers of 3+ characters that are neither the
 * User ID nor the password, in the order a person fixes them.
 */
export function securityAnswerProblems(
  input: ChosenAnswers,
  credentials: { userId: string; password: string },
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (fieldId: string, key: string) =>
    errors.push({ fieldId, messageKey: `forms:securityQuestions.errors.${key}` });
  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  const minLength = SECURITY_POLICY_DEFAULTS.securityAnswers.minLength;
  const userId = credentials.userId.trim().toLowerCase();
  const password = normaliseAnswer(credentials.password);
  for (let index = 0; index < questionCount; index += 1) {
    const question = input.questions[index] ?? '';
    const answer = normaliseAnswer(input.answers[index] ?? '');
    if (!question) fail(questionFieldId(index), 'questionRequired');
    else if (seenQuestions.has(question)) fail(questionFieldId(index), 'questionRepeated');
    seenQuestions.add(question);

    if (!answer) fail(answerFieldId(index), 'answerRequired');
    else if ([...answer].length < minLength) fail(answerFieldId(index), 'answerShort');
    else if ((userId && answer === userId) || (password && answer === password))
      fail(answerFieldId(index), 'answerIsCredential');
    else if (seenAnswers.has(answer)) fail(answerFieldId(index), 'answerRepeated');
    seenAnswers.add(answer);
  }
  return errors;
}

/** The wire's `securityAnswers` from the chosen questions and answers (as typed). */
export function securityAnswersRequest(
  input: ChosenAnswers,
): ChangeSecurityQuestionsRequest['securityAnswers'] {
  return input.questions.map((question, index) => ({
    questionId: Number(question),
    answer: input.answers[index] ?? '',
  }));
}

/** Where the server's `securityAnswers.1.answer` (or `.questionId`) lands on the form. */
export function securityAnswerFieldId(field: string): string | undefined {
  const match = /^securityAnswers\.(\d+)\.(answer|questionId)$/.exec(field);
  if (match)
    return match[2] === 'answer' ? answerFieldId(Number(match[1])) : questionFieldId(Number(match[1]));
  if (field.startsWith('securityAnswers')) return questionFieldId(0);
  return undefined;
}
