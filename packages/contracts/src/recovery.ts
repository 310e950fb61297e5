// Self-service recovery (docs/product.md §3.4, §8): identity → the questions the server chose → answers and
// what to recover → the User ID and/or a temporary password, shown once. Changing the security
// questions (Security page) shares the answer rules of registration.
import { z } from 'zod';
import { DateOfBirth, PersonName, SsnInput } from './common.ts';
import { RecoveryProof } from './factors.ts';
import { SecurityAnswerInput, SecurityQuestion } from './registration.ts';

export const RecoveryStartRequest = z.object({
  firstName: PersonName,
  lastName: PersonName,
  ssn: SsnInput,
  dateOfBirth: DateOfBirth,
});
export type RecoveryStartRequest = z.infer<typeof RecoveryStartRequest>;

export const RecoveryStartResponse = z.object({
  recoveryToken: z.string().describe('Opaque; valid 15 minutes; bound to the questions below'),
  questions: z.array(SecurityQuestion).min(2).describe('Answer every one of them'),
});
export type RecoveryStartResponse = z.infer<typeof RecoveryStartResponse>;

export const RecoveryChoice = z.enum(['userId', 'password', 'both']);
export type RecoveryChoice = z.infer<typeof RecoveryChoice>;

export const RecoveryAnswerRequest = z.object({
  recoveryToken: z.string().min(1).max(2048),
  answers: z.array(SecurityAnswerInput).min(1, 'Answer the security questions.').max(3),
  recover: RecoveryChoice,
  proof: RecoveryProof.optional().describe(
    'Required beside the answers when the account has a passkey or a second factor',
  ),
  removeAuthenticator: z
    .boolean()
    .optional()
    .describe('Lost the authenticator app: turn it off (the parent is emailed and it is audited)'),
});
export type RecoveryAnswerRequest = z.infer<typeof RecoveryAnswerRequest>;

export const RecoveryAnswerResponse = z.object({
  userId: z.string().optional().describe('When asked for: shown once'),
  temporaryPassword: z
    .string()
    .optional()
    .describe('When asked for: shown once, single use; sign in with it and choose a new password'),
  expiresAt: z.iso.datetime().optional().describe('When the temporary password stops working'),
});
export type RecoveryAnswerResponse = z.infer<typeof RecoveryAnswerResponse>;

export const ChangeSecurityQuestionsRequest = z.object({
  currentPassword: z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.'),
  securityAnswers: z
    .array(SecurityAnswerInput)
    .length(3, 'Answer three security questions.')
    .refine(
      (answers) => new Set(answers.map((a) => a.questionId)).size === answers.length,
      'Choose three different questions.',
    ),
});
export type ChangeSecurityQuestionsRequest = z.infer<typeof ChangeSecurityQuestionsRequest>;

/** The questions a signed-in customer has chosen (never the answers). */
export const MySecurityQuestions = z.object({ items: z.array(SecurityQuestion) });
export type MySecurityQuestions = z.infer<typeof MySecurityQuestions>;
