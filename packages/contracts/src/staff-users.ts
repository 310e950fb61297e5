// Staff user administration (admin): personal accounts only, never shared ones. A new user and a
// reset user enrol TOTP at their next sign-in; temporary passwords are shown once.
import { z } from 'zod';
import { StaffRole } from './staff-auth.ts';

export const StaffUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters.')
  .max(64, 'Use at most 64 characters.')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Use lower-case letters, numbers, periods, underscores and hyphens.');

export const StaffUserSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: StaffRole,
  status: z.enum(['active', 'disabled']),
  totpEnrolled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type StaffUserSummary = z.infer<typeof StaffUserSummary>;

export const StaffUserList = z.object({ items: z.array(StaffUserSummary) });
export type StaffUserList = z.infer<typeof StaffUserList>;

export const CreateStaffUserRequest = z.object({
  username: StaffUsername,
  displayName: z
    .string()
    .trim()
    .min(3, 'Enter the person’s full name.')
    .max(100, 'Use at most 100 characters.'),
  email: z.email('Enter a valid email address.').max(254).optional(),
  role: StaffRole,
  temporaryPassword: z
    .string()
    .max(1024, 'Use at most 128 characters.')
    .optional()
    .describe('Leave out to have one generated (128 bits); either way it is shown once'),
});
export type CreateStaffUserRequest = z.infer<typeof CreateStaffUserRequest>;

export const StaffUserIdParams = z.object({ id: z.uuid('Not a staff user id.') });

export const StaffUserAdminRequest = z.object({
  reason: z.string().trim().max(500, 'Use at most 500 characters.').optional(),
});

/** The temporary password is in this answer only; it is stored hashed. */
export const StaffUserCredentials = z.object({
  user: StaffUserSummary,
  temporaryPassword: z.string(),
});
export type StaffUserCredentials = z.infer<typeof StaffUserCredentials>;

export const StaffUserResult = z.object({ user: StaffUserSummary });

/**
 * A reset: the temporary password went to the staff member's own email (masked here), never to the
 * administrator who asked for it.
 */
export const StaffUserResetResult = z.object({ user: StaffUserSummary, emailedTo: z.string() });
export type StaffUserResetResult = z.infer<typeof StaffUserResetResult>;
