// Contact / Customer Service (docs/product.md §3.1): an information request with a confirmation number;
// the contact center answers it in the console (docs/product.md §6), by email when one was given.
import { z } from 'zod';
import { CaseNumber, paged } from './common.ts';
import { EmailAddress, PhoneNumber } from './postal.ts';

export const contactTopics = [
  'payments',
  'case_status',
  'order_change',
  'apply',
  'account_help',
  'documents',
  'other',
] as const;
export const ContactTopic = z.enum(contactTopics, { error: 'Choose a topic.' });
export type ContactTopic = z.infer<typeof ContactTopic>;

export const CONTACT_MESSAGE_MAX = 2000;

export const ContactRequestInput = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
    email: EmailAddress.optional(),
    phone: PhoneNumber.optional(),
    caseNumber: CaseNumber.optional(),
    topic: ContactTopic,
    message: z
      .string()
      .trim()
      .min(1, 'Enter your message.')
      .max(CONTACT_MESSAGE_MAX, `Use at most ${CONTACT_MESSAGE_MAX} characters.`),
    useAccountEmail: z
      .boolean()
      .optional()
      .describe(
        'Signed in: answer to the email address on the account (its address is never shown unmasked)',
      ),
  })
  // Checked even when other fields fail (`when`), so one answer lists every problem.
  .refine((request) => Boolean(request.email || request.phone || request.useAccountEmail), {
    path: ['email'],
    message: 'Give an email address or a phone number so we can answer you.',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type ContactRequestInput = z.infer<typeof ContactRequestInput>;

export const contactRequestStatuses = ['open', 'answered'] as const;
export const ContactRequestStatus = z.enum(contactRequestStatuses);

export const ContactRequestReceipt = z.object({
  confirmationNumber: z.string(),
  status: ContactRequestStatus,
  submittedAt: z.iso.datetime(),
});
export type ContactRequestReceipt = z.infer<typeof ContactRequestReceipt>;

/** A signed-in parent's own request, with the contact center's answer once there is one. */
export const MyContactRequest = ContactRequestReceipt.extend({
  topic: ContactTopic,
  message: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});
export const MyContactRequestList = z.object({ items: z.array(MyContactRequest) });
export type MyContactRequest = z.infer<typeof MyContactRequest>;

// ---- console (agent)

export const StaffContactRequestQuery = z.object({
  status: ContactRequestStatus.default('open'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const StaffContactRequest = MyContactRequest.extend({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  caseNumber: z.string().nullable(),
  fromAccount: z.boolean().describe('Sent by a signed-in parent'),
  answeredBy: z.string().nullable().describe('Display name of the staff member who answered'),
});
export type StaffContactRequest = z.infer<typeof StaffContactRequest>;

export const StaffContactRequestPage = paged(StaffContactRequest);
export type StaffContactRequestPage = z.infer<typeof StaffContactRequestPage>;

export const ContactRequestIdParams = z.object({ id: z.uuid('Not a contact request id.') });

export const ContactAnswerRequest = z.object({
  answer: z.string().trim().min(1, 'Write the answer.').max(4000, 'Use at most 4000 characters.'),
});
export type ContactAnswerRequest = z.infer<typeof ContactAnswerRequest>;
