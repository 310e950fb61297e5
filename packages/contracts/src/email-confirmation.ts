// Confirming the email address on file (docs/security.md, "Confirmed email addresses"): a 6-digit
// code is sent to it and entered back. Case mail and notices go only to a confirmed address.
import { z } from 'zod';

export const EmailConfirmationSent = z
  .object({
    sentTo: z.string().describe('The address the code went to, masked, e.g. r•••@example.com'),
    expiresAt: z.iso.datetime().describe('The code stops working at this time'),
  })
  .meta({ id: 'EmailConfirmationSent' });
export type EmailConfirmationSent = z.infer<typeof EmailConfirmationSent>;

export const VerifyEmailConfirmation = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from the email.')
      .describe('The 6-digit code from the email'),
  })
  .meta({ id: 'VerifyEmailConfirmation' });
export type VerifyEmailConfirmation = z.infer<typeof VerifyEmailConfirmation>;

export const EmailConfirmed = z.object({ emailConfirmed: z.literal(true) }).meta({ id: 'EmailConfirmed' });
export type EmailConfirmed = z.infer<typeof EmailConfirmed>;
