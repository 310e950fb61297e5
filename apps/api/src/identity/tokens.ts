// The signed tokens the API hands out, and what they may claim. Access tokens (audience
// `cos-portal`) authorise customer requests; registration tokens (audience `cos-registration`)
// carry a verified identity from the identity check to the credentials step and nothing else.
// Staff tokens (audience `cos-console`) authorise the contact center console; a token of one audience
// is never accepted where another is expected. Verification pins the algorithm, issuer and audience.
import { StaffRole } from '@cos/contracts';
import { z } from 'zod';

export const TOKEN_ISSUER = 'cos-api';
export const ACCESS_AUDIENCE = 'cos-portal';
export const REGISTRATION_AUDIENCE = 'cos-registration';
export const STAFF_AUDIENCE = 'cos-console';
export const REGISTRATION_TOKEN_SECONDS = 15 * 60;

export const SessionScope = z.enum(['full', 'password-change']);
export type SessionScope = z.infer<typeof SessionScope>;

/** `sub` the customer account, `sid` the session family (revocable), `scope` what it may do. */
export const AccessClaims = z.object({ sub: z.uuid(), sid: z.uuid(), scope: SessionScope });
export type AccessClaims = z.infer<typeof AccessClaims>;

export const RegistrationClaims = z.object({ sub: z.uuid() });

/** `full`: the console; `enrolment`: a staff user without TOTP may only enrol it. */
export const StaffScope = z.enum(['full', 'enrolment']);
export type StaffScope = z.infer<typeof StaffScope>;

/** `sub` the staff user, `sid` the session family, `role` at sign-in (the guard rechecks the current one). */
export const StaffAccessClaims = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  role: StaffRole,
  scope: StaffScope,
});
export type StaffAccessClaims = z.infer<typeof StaffAccessClaims>;

export interface SignedToken {
  token: string;
  /** Seconds until it expires. */
  expiresIn: number;
}

export interface TokenService {
  signAccess(claims: AccessClaims): SignedToken;
  /** The claims, or null for a token that is malformed, forged, expired or meant for someone else. */
  verifyAccess(token: string): AccessClaims | null;
  signRegistration(personId: string): SignedToken;
  /** The person the identity check verified, or null. */
  verifyRegistration(token: string): string | null;
  signStaffAccess(claims: StaffAccessClaims): SignedToken;
  /** The claims of a console token, or null (a customer token is null here). */
  verifyStaffAccess(token: string): StaffAccessClaims | null;
}
