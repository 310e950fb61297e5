import { StaffSessionGrant, TotpEnrolment } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** A new secret and its QR code, shown once (calling again replaces a secret not yet confirmed). */
export function startTotpEnrolment() {
  return apiRequest(apiPaths.auth.totpEnroll, { method: 'POST', schema: TotpEnrolment });
}

/** A code from the app puts the secret in force; the answer is a full session, to replace this one. */
export function confirmTotpEnrolment(totp: string) {
  return apiRequest(apiPaths.auth.totpConfirm, { method: 'POST', body: { totp }, schema: StaffSessionGrant });
}
