// Contact center console: staff sign-in with TOTP, sessions and TOTP enrolment (docs/product.md §6, §8).
// Staff sessions mirror the customer ones (access JWT in memory, rotating refresh cookie
// `cos_staff_refresh` scoped to /api/v1/staff/auth), with an 8-hour absolute limit.
import { z } from 'zod';

export const StaffRole = z.enum(['agent', 'supervisor', 'admin']).describe('admin ⊇ supervisor ⊇ agent');
export type StaffRole = z.infer<typeof StaffRole>;

/** Passwords are never trimmed; the cap stops a huge body before hashing. */
const StaffPasswordInput = z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.');

/** A 6-digit code from the authenticator app. */
export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.');

export const StaffSignInRequest = z.object({
  username: z.string().trim().min(1, 'Enter your username.').max(100, 'Enter your username.'),
  password: StaffPasswordInput,
  totp: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'Enter the 6-digit code from your authenticator app.')
    .optional()
    .describe('Required once TOTP is enrolled; leave out (or empty) only when the account must enrol'),
  acknowledgedWarning: z
    .literal(true, { error: 'Confirm that you have read the warning to continue.' })
    .describe('The staff member acknowledged the legal warning (authorized use only; use is monitored)'),
});
export type StaffSignInRequest = z.infer<typeof StaffSignInRequest>;

export const StaffSessionGrant = z.object({
  accessToken: z
    .string()
    .describe('Bearer token (audience cos-console) for the /api/v1/staff and /api/v1/admin routes'),
  expiresIn: z.int().describe('Seconds until the access token expires'),
  role: StaffRole,
  displayName: z.string(),
  mustEnrollTotp: z
    .boolean()
    .describe('The session may only enrol TOTP (totp/enroll, totp/confirm, me, sign-out)'),
  mustChangePassword: z
    .boolean()
    .describe(
      'The password is a temporary one an administrator set: change it (change-password) before anything else, TOTP enrolment included',
    ),
});
export type StaffSessionGrant = z.infer<typeof StaffSessionGrant>;

export const StaffMe = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: StaffRole,
  mustEnrollTotp: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
  sessionExpiresAt: z.iso.datetime().describe('The absolute end of this session (8 h after sign-in)'),
  idleMinutes: z.int().describe('Idle timeout of the session'),
  idleWarningMinutes: z.int().describe('Warn this many minutes before the idle timeout'),
});
export type StaffMe = z.infer<typeof StaffMe>;

/** Shown once: the console displays the QR code and the secret, then forgets them. */
export const TotpEnrolment = z.object({
  secret: z.string().describe('Base32 secret, for typing into the app by hand'),
  otpauthUrl: z.string().describe('otpauth://totp/… URI the QR code encodes'),
  qrCodeDataUrl: z.string().describe('data:image/png;base64,… of the QR code'),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const TotpConfirmRequest = z.object({ totp: TotpCode });
export type TotpConfirmRequest = z.infer<typeof TotpConfirmRequest>;

/** A staff member's own password change: the customer rules (checkPassword) apply to the new one. */
export const StaffChangePasswordRequest = z.object({
  currentPassword: StaffPasswordInput,
  newPassword: z.string().min(1, 'Enter a new password.').max(1024, 'Use at most 128 characters.'),
});
export type StaffChangePasswordRequest = z.infer<typeof StaffChangePasswordRequest>;
