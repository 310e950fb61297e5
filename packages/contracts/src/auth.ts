// Customer sign-in, sessions and password change (docs/product.md §3.3, §5, §8).
import { z } from 'zod';
import { SecondFactorRequired } from './factors.ts';
import { UserIdInput } from './user-id.ts';

/** Passwords are never trimmed: spaces are characters. The cap stops a huge body before hashing. */
const PasswordInput = z.string().min(1, 'Enter your password.').max(1024, 'Enter your password.');

export const IdentifyRequest = z.object({ userId: UserIdInput });
/** Step 1 of sign-in answers the same whether or not the User ID exists. */
export const IdentifyResponse = z.object({ next: z.literal('password') });

export const SignInRequest = z.object({ userId: UserIdInput, password: PasswordInput });
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionGrant = z.object({
  accessToken: z.string(),
  expiresIn: z.int().describe('Seconds until the access token expires'),
  mustChangePassword: z.boolean().describe('The session may only change the password'),
});
export type SessionGrant = z.infer<typeof SessionGrant>;

/** A password sign-in: a session, or (second factor on) the hand-over to the code step. */
export const SignInResponse = z.union([SessionGrant, SecondFactorRequired]);
export type SignInResponse = z.infer<typeof SignInResponse>;

export const ChangePasswordRequest = z.object({
  currentPassword: PasswordInput,
  newPassword: z.string().min(1, 'Enter a new password.').max(1024, 'Use at most 128 characters.'),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const SignInRecord = z.object({
  id: z.string(),
  signedInAt: z.iso.datetime(),
  lastActiveAt: z.iso.datetime(),
  device: z.string().describe('Approximate device, e.g. "Chrome on Windows"'),
  current: z.boolean(),
  active: z.boolean(),
});
export const SignInHistory = z.object({ items: z.array(SignInRecord) });
export type SignInHistory = z.infer<typeof SignInHistory>;

export const MeResponse = z.object({
  userId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable().describe('Masked, e.g. c•••@example.com'),
  previousSignInAt: z.iso.datetime().nullable().describe('The sign-in before this one'),
  mustChangePassword: z.boolean(),
  preferredLanguage: z.enum(['en', 'es']).describe('The portal and every email to the parent use it'),
});
export type MeResponse = z.infer<typeof MeResponse>;

/** The language switch and the Notifications page set the parent's language (en | es). */
export const PreferredLanguageBody = z.object({ language: z.enum(['en', 'es']) });
export type PreferredLanguageBody = z.infer<typeof PreferredLanguageBody>;

export const OkResponse = z.object({ ok: z.literal(true) });

/**
 * Sent by the apps with every refresh: whole seconds since the person last did something in the app
 * (typed, clicked, scrolled, loaded a page). The server keeps the session only while that is within
 * the idle limit; a refresh without it (the app's background timer alone) is no activity at all.
 */
export const USER_IDLE_SECONDS_HEADER = 'x-user-idle-seconds';

/** The header's value as the server reads it: a whole number of seconds, or null (no activity claimed). */
export function parseUserIdleSeconds(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** The password rules in force (defaults with the operator's overrides), for the forms to explain. */
export const PasswordPolicyResponse = z.object({
  minLength: z.int(),
  maxLength: z.int(),
  agencyWords: z.array(z.string()).describe('Words a password must not contain'),
});
export type PasswordPolicyResponse = z.infer<typeof PasswordPolicyResponse>;
