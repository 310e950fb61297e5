// Choosing security questions and answers, as registration and the Security page ask for them:
// the checks the server makes (docs/product.md §5), with translatable messages, before anything
// is sent. Both forms hold the three as `securityAnswers` (the wire's name), so a server field
// error (`securityAnswers.1.answer`) lands through the same id map as the form's own.
import { SECURITY_POLICY_DEFAULTS, type ChangeSecurityQuestionsRequest } from '@cos/contracts';
import type { z } from 'zod';

export const questionCount = SECURITY_POLICY_DEFAULTS.securityAnswers.count;
export const questionFieldId = (index: number) => `security-question-${index + 1}`;
export const answerFieldId = (index: number) => `security-answer-${index + 1}`;

const slots = Array.from({ length: questionCount }, (_, index) => index);

/** A question id as chosen in its select ('' while unchosen) and its answer as typed. */
export type ChosenAnswer = { questionId: string; answer: string };
export type SecurityAnswerName = `securityAnswers.${number}.${keyof ChosenAnswer}`;

export const securityAnswersDefaults = (): ChosenAnswer[] =>
  slots.map(() => ({ questionId: '', answer: '' }));

/** Each select and answer box by its form name; the array's own problem goes to the first select. */
export const securityAnswerIds: Readonly<Record<string, string>> = Object.fromEntries([
  ['securityAnswers', questionFieldId(0)],
  ...slots.flatMap((index) => [
    [`securityAnswers.${index}.questionId`, questionFieldId(index)],
    [`securityAnswers.${index}.answer`, answerFieldId(index)],
  ]),
]);

const problem = (key: string) => `forms:securityQuestions.errors.${key}`;

/** The words for a box left blank; the other problems carry their words from `checkSecurityAnswers`. */
export const securityAnswerMessages = Object.fromEntries(
  slots.flatMap((index) => [
    [`securityAnswers.${index}.questionId`, { required: problem('questionRequired') }],
    [`securityAnswers.${index}.answer`, { required: problem('answerRequired') }],
  ]),
);

/** As the server compares answers (docs/product.md §5): trimmed, spaces collapsed, lower-case. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A superRefine step: three different questions, and three different answers of 3+ characters
 * that are neither the User ID nor the password. `text` words a problem (the form's `t`), since a
 * schema issue carries one message and these fields have several.
 */
export function checkSecurityAnswers(
  values: { securityAnswers: readonly ChosenAnswer[]; userId?: string; password: string },
  context: z.RefinementCtx,
  text: (key: string) => string,
) {
  const fail = (index: number, field: keyof ChosenAnswer, key: string) =>
    context.addIssue({
      code: 'custom',
      path: ['securityAnswers', index, field],
      message: text(problem(key)),
    });
  const seenQuestions = new Set<string>();
  const seenAnswers = new Set<string>();
  const minLength = SECURITY_POLICY_DEFAULTS.securityAnswers.minLength;
  const userId = (values.userId ?? '').trim().toLowerCase();
  const password = normaliseAnswer(values.password);
  for (const index of slots) {
    const question = values.securityAnswers[index]?.questionId ?? '';
    const answer = normaliseAnswer(values.securityAnswers[index]?.answer ?? '');
    if (!question) fail(index, 'questionId', 'questionRequired');
    else if (seenQuestions.has(question)) fail(index, 'questionId', 'questionRepeated');
    seenQuestions.add(question);

    if (!answer) fail(index, 'answer', 'answerRequired');
    else if ([...answer].length < minLength) fail(index, 'answer', 'answerShort');
    else if ((userId && answer === userId) || (password && answer === password))
      fail(index, 'answer', 'answerIsCredential');
    else if (seenAnswers.has(answer)) fail(index, 'answer', 'answerRepeated');
    seenAnswers.add(answer);
  }
}

/** The wire's `securityAnswers` from the chosen questions and answers (as typed). */
export function securityAnswersRequest(
  chosen: readonly ChosenAnswer[],
): ChangeSecurityQuestionsRequest['securityAnswers'] {
  return chosen.map(({ questionId, answer }) => ({ questionId: Number(questionId), answer }));
}
