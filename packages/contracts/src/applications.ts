// Apply Now (docs/product.md §3.1): an application for child support services, stored with a confirmation
// number; its status is looked up with that number and the applicant's date of birth.
import { z } from 'zod';
import { DateOfBirth, paged, PersonName } from './common.ts';
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
    if (!order.court)
      ctx.addIssue({
        code: 'custom',
        path: ['court'],
        message: 'Enter the court or county that issued the order.',
      });
    if (!order.orderNumber)
      ctx.addIssue({ code: 'custom', path: ['orderNumber'], message: 'Enter the order number.' });
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
  statusReason: z.string().nullable().describe('Why it was closed, in the staff member’s words'),
  updatedAt: z.iso.datetime(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });
export type ApplicationList = z.infer<typeof ApplicationList>;

// The console's Applications queue (docs/product.md §6): staff move an application along.
// received → in_review | closed; in_review → accepted | closed. Closing needs a reason (the parent reads it).
export const applicationMoves: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ['in_review', 'closed'],
  in_review: ['accepted', 'closed'],
  accepted: [],
  closed: [],
};

export const StaffApplicationQuery = z.object({
  status: ApplicationStatus.optional().describe('Leave out for every status (received first)'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type StaffApplicationQuery = z.infer<typeof StaffApplicationQuery>;

export const StaffApplicationSummary = z.object({
  id: z.string(),
  confirmationNumber: z.string(),
  status: ApplicationStatus,
  statusReason: z.string().nullable(),
  applicantName: z.string(),
  childCount: z.int(),
  fromAccount: z.boolean().describe('Sent by a signed-in parent'),
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StaffApplicationSummary = z.infer<typeof StaffApplicationSummary>;

export const StaffApplicationPage = paged(StaffApplicationSummary);
export type StaffApplicationPage = z.infer<typeof StaffApplicationPage>;

/** One application with what the applicant sent (as stored: the request's shape). */
export const StaffApplicationDetail = StaffApplicationSummary.extend({
  details: ApplicationRequest,
});
export type StaffApplicationDetail = z.infer<typeof StaffApplicationDetail>;

export const ApplicationIdParams = z.object({ id: z.uuid('Not an application id.') });

export const ApplicationStatusChange = z
  .object({
    status: z.enum(['in_review', 'accepted', 'closed'], { error: 'Choose in review, accepted or closed.' }),
    reason: z.string().trim().max(500, 'Use at most 500 characters.').optional(),
  })
  .superRefine((change, ctx) => {
    if (change.status === 'closed' && !change.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why the application is closed (the parent reads this).',
      });
    }
  });
export type ApplicationStatusChange = z.infer<typeof ApplicationStatusChange>;
