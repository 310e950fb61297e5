// Notification preferences (docs/product.md §3.6): email when a payment is received and when a notice is
// posted. Both need an email address on file.
import { z } from 'zod';

export const NotificationPreferences = z.object({
  paymentsByEmail: z.boolean(),
  noticesByEmail: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const NotificationPreferencesView = NotificationPreferences.extend({
  emailOnFile: z.string().nullable().describe('Masked, e.g. r•••@example.com'),
  emailConfirmed: z
    .boolean()
    .describe('Whether a code has proved the address on file; case mail goes only to a confirmed one'),
});
export type NotificationPreferencesView = z.infer<typeof NotificationPreferencesView>;
