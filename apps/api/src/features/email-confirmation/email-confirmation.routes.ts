// Confirming the address on file (docs/security.md, "Confirmed email addresses"): send a code, then
// give it back. Signed-in parents only.
import { EmailConfirmationSent, EmailConfirmed, VerifyEmailConfirmation } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { sendEmailConfirmation, verifyEmailConfirmation } from './email-confirmation.service.ts';

export const emailConfirmationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/me/email/confirmation',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['account'],
        summary: 'Email a 6-digit code to the address on file, to confirm it',
        description:
          '400 when there is no address on file; 409 when it is already confirmed; 429 (with Retry-After) when a code was sent within the last minute or too many were sent today (policy.emailConfirmation).',
        response: { 200: EmailConfirmationSent, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request) => sendEmailConfirmation(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/me/email/confirmation/verify',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['account'],
        summary: 'Confirm the address on file with the code sent to it',
        description:
          '400 naming `code` for a wrong, expired or missing code (a code sent to an earlier address never counts); 429 once the code has had too many wrong tries.',
        body: VerifyEmailConfirmation,
        response: { 200: EmailConfirmed, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) =>
      verifyEmailConfirmation(serviceDeps(app, request), requireAuth(request).accountId, request.body.code),
  );
};
