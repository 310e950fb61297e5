import { EmailConfirmationSent, EmailConfirmed } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Emails a 6-digit code to the address on file. */
export function sendEmailConfirmation() {
  return apiRequest(apiPaths.emailConfirmation.send, { method: 'POST', schema: EmailConfirmationSent });
}

/** Confirms the address on file with the emailed code. */
export function verifyEmailConfirmation(code: string) {
  return apiRequest(apiPaths.emailConfirmation.verify, {
    method: 'POST',
    body: { code },
    schema: EmailConfirmed,
  });
}
