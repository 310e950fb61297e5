// Provide Info (docs/product.md §3.6): a parent asks for a change to their address, phone, email or employer;
// a caseworker accepts or rejects it in the console. One kind per request; the fields of each kind
// are flat on the request so a field error names the box to fix ("zip", "phone").
import { z } from 'zod';
import { PasskeyAssertion } from './factors.ts';
import { paged } from './common.ts';
import { EmailAddress, PhoneNumber, phoneDigits, UsState, ZipCode } from './postal.ts';

/** Any common US format, kept as its 10 digits. */
const PhoneDigits = PhoneNumber.transform(phoneDigits);
const Email = z.string().trim().toLowerCase().pipe(EmailAddress);

const line = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, `Use at most ${max} characters.`);
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

export const AddressChange = z.object({
  kind: z.literal('address'),
  addressLine1: line(100, 'Enter the street address.'),
  addressLine2: optionalLine(100),
  city: line(60, 'Enter the city.'),
  state: z.string().trim().toUpperCase().pipe(UsState),
  zip: ZipCode,
});
export const PhoneChange = z.object({ kind: z.literal('phone'), phone: PhoneDigits });
// A new email address redirects every notice and case email, so the parent proves it is them with
// the current password (step-up, counted towards the sign-in lockout) or a fresh passkey assertion
// in its place (docs/security.md).
export const EmailChange = z
  .object({
    kind: z.literal('email'),
    email: Email,
    currentPassword: z
      .string()
      .min(1, 'Enter your current password.')
      .max(1024, 'Enter your current password.')
      .optional()
      .describe('Step-up: never stored with the request'),
    passkeyAssertion: PasskeyAssertion.optional().describe(
      'Step-up in place of the password: an assertion for /api/v1/me/step-up/options; never stored',
    ),
  })
  .refine((change) => change.currentPassword !== undefined || change.passkeyAssertion !== undefined, {
    path: ['currentPassword'],
    message: 'Enter your current password.',
  });
export const EmployerChange = z.object({
  kind: z.literal('employer'),
  employerName: line(100, 'Enter the employer’s name.'),
  /** Kept with the request for the caseworker (income withholding); the person record holds the name. */
  employerAddress: optionalLine(200),
});

export const ChangeRequestInput = z.discriminatedUnion('kind', [
  AddressChange,
  PhoneChange,
  EmailChange,
  EmployerChange,
]);
export type ChangeRequestInput = z.infer<typeof ChangeRequestInput>;
export const ChangeRequestKind = z.enum(['address', 'phone', 'email', 'employer']);
export type ChangeRequestKind = z.infer<typeof ChangeRequestKind>;
export const ReviewStatus = z.enum(['submitted', 'accepted', 'rejected']);

/** What a request asks for (or what is on file), flat: only the fields of its kind are present. */
export const ContactValues = z.object({
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  zip: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  employerName: z.string().optional(),
  employerAddress: z.string().optional(),
});
export type ContactValues = z.infer<typeof ContactValues>;

/** The parent's own details on file. */
export const ContactDetails = z.object({
  address: z
    .object({
      addressLine1: z.string(),
      addressLine2: z.string().nullable(),
      city: z.string(),
      state: z.string(),
      zip: z.string(),
    })
    .nullable(),
  phone: z.string().nullable().describe('10 digits'),
  email: z.string().nullable(),
  employerName: z.string().nullable(),
});
export type ContactDetails = z.infer<typeof ContactDetails>;

export const ChangeRequestItem = z.object({
  id: z.string(),
  kind: ChangeRequestKind,
  requested: ContactValues,
  status: ReviewStatus,
  reviewReason: z.string().nullable().describe('Why it was rejected (or a note on acceptance)'),
  createdAt: z.iso.datetime(),
  reviewedAt: z.iso.datetime().nullable(),
});
export type ChangeRequestItem = z.infer<typeof ChangeRequestItem>;
export const ChangeRequestList = z.object({ items: z.array(ChangeRequestItem) });
export type ChangeRequestList = z.infer<typeof ChangeRequestList>;

// ── console ──

export const StaffChangeRequestQuery = z.object({
  status: ReviewStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type StaffChangeRequestQuery = z.infer<typeof StaffChangeRequestQuery>;

export const StaffChangeRequestSummary = ChangeRequestItem.extend({
  accountId: z.string(),
  userId: z.string(),
  customerName: z.string(),
});
export type StaffChangeRequestSummary = z.infer<typeof StaffChangeRequestSummary>;
export const StaffChangeRequestPage = paged(StaffChangeRequestSummary);
export type StaffChangeRequestPage = z.infer<typeof StaffChangeRequestPage>;

export const StaffChangeRequestDetail = StaffChangeRequestSummary.extend({
  current: ContactValues.describe('What is on file now, for the same fields'),
  reviewedBy: z.string().nullable().describe('Display name of the staff member who reviewed it'),
});
export type StaffChangeRequestDetail = z.infer<typeof StaffChangeRequestDetail>;

export const ChangeRequestIdParams = z.object({ id: z.uuid('Not a change request id.') });

const ReviewReason = z.string().trim().max(500, 'Use at most 500 characters.');
export const ReviewChangeRequest = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('accept'), reason: ReviewReason.optional() }),
    z.object({
      decision: z.literal('reject'),
      reason: ReviewReason.min(3, 'Say why it is rejected (the parent reads this).'),
    }),
  ],
  'Choose accept or reject.',
);
export type ReviewChangeRequest = z.infer<typeof ReviewChangeRequest>;
