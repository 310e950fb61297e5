// The signed tokens the API hands out, and what they may claim. Access tokens (audience
// `cos-portal`) authorise customer requests; registration tokens (audience `cos-registration`)
// carry a verified identity from the identity check to the credentials step and nothing else.
// Staff tokens will use `cos-console`. Verification pins the algorithm, issuer and audience.
import { z } from 'zod';

export const TOKEN_ISSUER = 'cos-api';
export const ACCESS_AUDIENCE = 'cos-portal';
export const REGISTRATION_AUDIENCE = 'cos-registration';
export const REGISTRATION_TOKEN_SECONDS = 15 * 60;

export const SessionScope = z.enum(['full', 'password-change']);
export type SessionScope = z.infer<typeof SessionScope>;

/** `sub` the customer account, `sid` the session family (revocable), `scope` what it may do. */
export const AccessClaims = z.object({ sub: z.uuid(), sid: z.uuid(), scope: SessionScope });
export type AccessClaims = z.infer<typeof AccessClaims>;

export const RegistrationClaims = z.object({ sub: z.uuid() });

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
}
