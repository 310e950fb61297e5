// First-visit registration (docs/product.md §3.2): identity check, then credentials and security answers.
import { z } from 'zod';
import { CaseNumber, DateOfBirth, PersonName, SsnInput } from './common.ts';
import { NewUserId } from './user-id.ts';

export const RegistrationVerifyRequest = z.object({
  caseNumber: CaseNumber,
  firstName: PersonName,
  lastName: PersonName,
  dateOfBirth: DateOfBirth,
  ssn: SsnInput,
});
export type RegistrationVerifyRequest = z.infer<typeof RegistrationVerifyRequest>;

export const RegistrationVerifyResponse = z.object({
  registrationToken: z.string(),
  expiresIn: z.int(),
  firstName: z.string(),
});

export const SecurityAnswerInput = z.object({
  questionId: z.int().positive(),
  answer: z.string().max(200, 'Use at most 200 characters.'),
});

export const RegistrationCompleteRequest = z.object({
  registrationToken: z.string().min(1).max(4096),
  userId: NewUserId,
  password: z.string().min(1, 'Enter a password.').max(1024, 'Use at most 128 characters.'),
  email: z.email('Enter an email address like name@example.com.').max(254).optional(),
  securityAnswers: z
    .array(SecurityAnswerInput)
    .length(3, 'Answer three security questions.')
    .refine(
      (answers) => new Set(answers.map((a) => a.questionId)).size === answers.length,
      'Choose three different questions.',
    ),
});
export type RegistrationCompleteRequest = z.infer<typeof RegistrationCompleteRequest>;

export const SecurityQuestion = z.object({ id: z.int(), text: z.string() });
export const SecurityQuestionList = z.object({ items: z.array(SecurityQuestion) });
export type SecurityQuestion = z.infer<typeof SecurityQuestion>;
