// The two recovery forms' schemas, checked before anything is sent: the rules are the contracts'
// (what the server accepts); the words are translation keys of the 'recovery' namespace.
import { RecoveryChoice, RecoveryProof, SecurityAnswerInput } from '@cos/contracts';
import { z } from 'zod';
import {
  checkDateOfBirth,
  identityFieldIds,
  identityFieldsDefaults,
  identityFieldsShape,
  identityMessages,
  withDateOfBirth,
} from '../../../lib/identity-fields.ts';

export const recoveryFieldIds = {
  ...identityFieldIds,
  recover: 'recover-user-id', // the first radio button: where the summary's link leads
} as const;
export const answerFieldId = (index: number) => `recovery-answer-${index + 1}`;

/** Step 1 as the form holds it; the output is RecoveryStartRequest. */
export const RecoveryIdentityValues = z
  .object(identityFieldsShape)
  .superRefine(checkDateOfBirth)
  .transform(withDateOfBirth);
export const recoveryIdentityDefaults = identityFieldsDefaults;
export const recoveryIdentityMessages = identityMessages('recovery');

/**
 * Step 2: an answer to each question asked, sent as typed (the server normalises), and what to
 * recover. The output is RecoveryAnswerRequest without its token.
 */
export const RecoveryAnswersValues = z.object({
  answers: z.array(
    SecurityAnswerInput.extend({
      answer: z
        .string()
        .refine((answer) => answer.trim() !== '')
        .pipe(SecurityAnswerInput.shape.answer),
    }),
  ),
  recover: z.string().pipe(RecoveryChoice),
});

export type RecoveryAnswers = z.output<typeof RecoveryAnswersValues>;

export const proofFieldIds = { method: 'proof-method', code: 'proof-code' } as const;

/**
 * Step 2b, for an account with a passkey or a second factor: one proof beside the (right) answers.
 * The output is the request's `proof` and whether a lost authenticator app is to be turned off.
 */
export const RecoveryProofValues = z.object({
  method: RecoveryProof.shape.method,
  code: RecoveryProof.shape.code,
  removeAuthenticator: z.boolean(),
});

type Asked = ReadonlyArray<{ id: number }>;

/** `answers.0.answer` → `recovery-answer-1`…, and the choice → its first radio. */
export function recoveryAnswersIds(questions: Asked): Record<string, string> {
  const ids: Record<string, string> = { recover: recoveryFieldIds.recover };
  questions.forEach((_, index) => (ids[`answers.${index}.answer`] = answerFieldId(index)));
  return ids;
}

export function recoveryAnswersMessages(questions: Asked): Record<string, string> {
  const messages: Record<string, string> = { recover: 'recovery:errors.recoverRequired' };
  questions.forEach((_, index) => (messages[`answers.${index}.answer`] = 'recovery:errors.answerRequired'));
  return messages;
}
