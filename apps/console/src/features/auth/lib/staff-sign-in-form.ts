import { StaffSignInRequest } from '@cos/contracts';
import { z } from 'zod';

// Element ids of the fields, shared by labels and error summary links.
export const staffFieldIds = {
  username: 'username',
  password: 'password',
  totp: 'totp',
  acknowledgedWarning: 'acknowledge',
} as const;

/** Authenticator apps often show the code as "123 456"; accept it as typed. */
export function normaliseTotp(code: string): string {
  return code.replace(/\s+/g, '');
}

/**
 * The form's values as StaffSignInRequest. The code may be left empty: a staff member whose
 * account is new or was reset has no authenticator app yet, and the API then answers with a
 * session that may only set one up (an enrolled account without a code fails like any wrong code).
 */
export const StaffSignInValues = StaffSignInRequest.extend({
  totp: z.string().transform(normaliseTotp).pipe(StaffSignInRequest.shape.totp.unwrap()),
  acknowledgedWarning: z.boolean().pipe(StaffSignInRequest.shape.acknowledgedWarning),
}).transform(({ totp, ...request }) => ({ ...request, ...(totp ? { totp } : {}) }));

export const staffSignInDefaults = { username: '', password: '', totp: '', acknowledgedWarning: false };

export const staffSignInMessages = {
  username: 'auth:errors.usernameRequired',
  password: 'auth:errors.passwordRequired',
  totp: 'auth:errors.totpFormat',
  acknowledgedWarning: 'auth:errors.acknowledgeRequired',
};
