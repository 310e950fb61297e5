// Apply Now (SPEC.md §3.1): an application for child support services, stored with a confirmation
// number; its status is looked up with that number and the applicant's date of birth.
import { z } from 'zod';
import { DateOfBirth, PersonName } from './common.ts';
import { EmailAddress, MailingAddress, PhoneNumber } from './postal.ts';

const OptionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional();

export const ApplicationChild = z.object({
  firstName: PersonName,
  lastName: PersonName,
  dateOfBirth: DateOfBirth,
});

export const ApplicationOtherParent = z.object({
  firstName: PersonName,
  lastName: PersonName,
  dateOfBirth: DateOfBirth.optional(),
  lastKnownAddress: OptionalText(200),
});

export const ApplicationExistingOrder = z
  .object({
    hasOrder: z.boolean({ error: 'Say whether there is a court order.' }),
    court: OptionalText(100).describe('Court or county that issued the order (when hasOrder)'),
    orderNumber: z
      .string()
      .trim()
      .max(40, 'Use at most 40 characters.')
      .regex(/^[A-Za-z0-9 ./-]*$/, 'Use letters, numbers and - . / only.')
      .optional(),
  })
  .superRefine((order, ctx) => {
    if (!order.hasOrder) return;
    if (!order.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'Enter the court or county that issued the order.' });
    if (!order.orderNumber) ctx.addIssue({ code: 'custom', path: ['orderNumber'], message: 'Enter the order number.' });
  });

export const ApplicationRequest = z.object({
  applicant: z.object({
    firstName: PersonName,
    lastName: PersonName,
    dateOfBirth: DateOfBirth,
    address: MailingAddress,
    phone: PhoneNumber,
    email: EmailAddress.optional(),
  }),
  otherParent: ApplicationOtherParent.optional().describe('Leave out when not known'),
  children: z.array(ApplicationChild).min(1, 'Add at least one child.').max(10, 'Add at most 10 children.'),
  existingOrder: ApplicationExistingOrder,
});
export type ApplicationRequest = z.infer<typeof ApplicationRequest>;

export const applicationStatuses = ['received', 'in_review', 'accepted', 'closed'] as const;
export const ApplicationStatus = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** APP- and 10 characters of Crockford base32 (no I, L, O, U). */
export const ApplicationConfirmationNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^APP-[0-9A-HJKMNP-TV-Z]{10}$/, 'Enter the confirmation number, like APP-7K3M9Q2X4B.');

export const ApplicationReceipt = z.object({
  confirmationNumber: z.string(),
  status: ApplicationStatus,
  submittedAt: z.iso.datetime(),
});
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;

export const ApplicationStatusRequest = z.object({
  confirmationNumber: ApplicationConfirmationNumber,
  dateOfBirth: DateOfBirth,
});
export type ApplicationStatusRequest = z.infer<typeof ApplicationStatusRequest>;

/** What a lookup or the signed-in list shows: no address, phone or children's details. */
export const ApplicationSummary = ApplicationReceipt.extend({
  applicantName: z.string(),
  childCount: z.int(),
  updatedAt: z.iso.datetime(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });
export type ApplicationList = z.infer<typeof ApplicationList>;
