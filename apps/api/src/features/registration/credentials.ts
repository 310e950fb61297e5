// The rules for the credentials chosen at registration (docs/product.md §3.2, §5): the password policy with
// the person's context, and security answers that are long enough, distinct, and neither the User
// ID nor the password. Every problem is reported at once, each on its field.
import { checkPassword, describePasswordProblem, type FieldError, type PasswordRules } from '@cos/contracts';
import { normaliseAnswer } from '@cos/security';

export interface CredentialsInput {
  userId: string;
  password: string;
  securityAnswers: ReadonlyArray<{ questionId: number; answer: string }>;
}

export function credentialProblems(
  input: CredentialsInput,
  context: {
    names: string[];
    rules: PasswordRules;
    answerMinLength: number;
    activeQuestionIds: ReadonlySet<number>;
  },
): FieldError[] {
  const problems: FieldError[] = checkPassword(
    input.password,
    { userId: input.userId, names: context.names },
    context.rules,
  ).map((problem) => ({ field: 'password', message: describePasswordProblem(problem) }));
  return [...problems, ...answerProblems(input, context)];
}

/**
 * The security answer rules (docs/product.md §5), for registration and for changing the questions later:
 * questions from the active list, answers long enough, distinct, and neither the User ID nor the
 * password, all compared as normalised.
 */
export function answerProblems(
  input: CredentialsInput,
  context: { answerMinLength: number; activeQuestionIds: ReadonlySet<number> },
): FieldError[] {
  const problems: FieldError[] = [];
  const userId = normaliseAnswer(input.userId);
  const password = normaliseAnswer(input.password);
  const seen = new Set<string>();
  input.securityAnswers.forEach(({ questionId, answer }, index) => {
    if (!context.activeQuestionIds.has(questionId)) {
      problems.push({
        field: `securityAnswers.${index}.questionId`,
        message: 'Choose a question from the list.',
      });
    }
    const field = `securityAnswers.${index}.answer`;
    const normalised = normaliseAnswer(answer);
    if ([...normalised].length < context.answerMinLength) {
      problems.push({ field, message: `Use at least ${context.answerMinLength} characters.` });
    } else if (normalised === userId) {
      problems.push({ field, message: 'Your answer cannot be your User ID.' });
    } else if (normalised === password) {
      problems.push({ field, message: 'Your answer cannot be your password.' });
    } else if (seen.has(normalised)) {
      problems.push({ field, message: 'Use a different answer for each question.' });
    }
    seen.add(normalised);
  });
  return problems;
}
