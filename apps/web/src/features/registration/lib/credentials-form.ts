import { NewUserId } from '@cos/contracts';
import { z } from 'zod';
import {
  checkSecurityAnswers,
  securityAnswerIds,
  securityAnswerMessages,
  securityAnswersDefaults,
  securityAnswersRequest,
} from '../../../lib/security-questions/answers.ts';

export const credentialsFieldIds = {
  userId: 'new-user-id',
  password: 'new-password',
  email: 'email',
  ...securityAnswerIds,
} as const;

type Words = {
  /** The first problem the shared password rules find, worded (it has values in it), or none. */
  passwordProblem: (password: string) => string | undefined;
  /** The form's `t`, for the security answers' problems. */
  text: (key: string) => string;
};

/**
 * Registration step 2 as the form holds it; the output is RegistrationCompleteRequest without the
 * token. The rules are the server's: the contracts' User ID, the shared password rules and the
 * security answers' cross-field checks.
 */
export function credentialsSchema({ passwordProblem, text }: Words) {
  return z
    .object({
      userId: NewUserId,
      password: z.string().min(1),
      email: z
        .string()
        .trim()
        .pipe(z.union([z.literal(''), z.email().max(254)])),
      securityAnswers: z.array(z.object({ questionId: z.string(), answer: z.string() })),
    })
    .superRefine((values, context) => {
      const problem = values.password ? passwordProblem(values.password) : undefined;
      if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
      checkSecurityAnswers(values, context, text);
    })
    .transform(({ userId, password, email, securityAnswers }) => ({
      userId,
      password,
      ...(email ? { email } : {}),
      securityAnswers: securityAnswersRequest(securityAnswers),
    }));
}

export const credentialsDefaults = () => ({
  userId: '',
  password: '',
  email: '',
  securityAnswers: securityAnswersDefaults(),
});

export const credentialsMessages = {
  userId: { required: 'registration:errors.userIdRequired', default: 'registration:errors.userIdRules' },
  password: { required: 'registration:errors.passwordRequired' },
  email: 'registration:errors.email',
  ...securityAnswerMessages,
};
