// The audit trail as supervisors read it (docs/product.md §6): filtered, paged newest first, in plain
// words, and as a CSV download with the same filters. Reading it is itself audited.
import { z } from 'zod';

const Instant = z
  .string()
  .trim()
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(value) && !Number.isNaN(new Date(value).getTime()),
    'Enter a date (YYYY-MM-DD) or an ISO date-time.',
  );

export const AuditTrailFilters = z.object({
  accountId: z
    .uuid('Not an account id.')
    .optional()
    .describe('The customer account concerned ("who viewed this account")'),
  actorId: z.string().trim().max(64).optional().describe('A staff user id (or a customer account id)'),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]{2,64}$/, 'Not an action name.')
    .optional(),
  from: Instant.optional().describe('From this instant, or from the start of this day (UTC)'),
  to: Instant.optional().describe('Up to this instant, or to the end of this day (UTC)'),
});

export const AuditTrailQuery = AuditTrailFilters.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditTrailQuery = z.infer<typeof AuditTrailQuery>;
export type AuditTrailFilters = z.infer<typeof AuditTrailFilters>;

export const AuditTrailItem = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  description: z.string().describe('Plain words'),
  actor: z.object({
    type: z.enum(['customer', 'staff', 'system', 'anonymous']),
    id: z.string().nullable(),
    name: z.string().nullable().describe('Staff display name or customer User ID'),
  }),
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
  accountId: z.string().nullable(),
  accountUserId: z.string().nullable().describe('User ID of the account concerned'),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditTrailItem = z.infer<typeof AuditTrailItem>;

export const AuditTrailPage = z.object({ items: z.array(AuditTrailItem), nextCursor: z.string().nullable() });
export type AuditTrailPage = z.infer<typeof AuditTrailPage>;
