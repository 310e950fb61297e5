// A parent's passkeys and second factor in the console (docs/security.md): listed without secrets,
// and a lost one removed by an agent after verifying the caller (audited, the parent emailed).
import { AccountIdParams, StaffAccountFactors, StaffRemoveFactorRequest } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { accountFactors, removeFactor } from './account-factors.service.ts';

export const accountFactorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/accounts/:id/factors',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: "The parent's passkeys and second factor (which ones; never a secret)",
        params: AccountIdParams,
        response: { 200: StaffAccountFactors, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => accountFactors(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/staff/accounts/:id/remove-factor',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Remove a passkey, the authenticator app or email codes the parent reports lost',
        description:
          'Only after the caller was verified (callerVerified: true); audited; the parent is emailed.',
        params: AccountIdParams,
        body: StaffRemoveFactorRequest,
        response: { 200: StaffAccountFactors, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) =>
      removeFactor(
        { ...staffDeps(app, request), mailer: app.mailer, log: request.log },
        request.params.id,
        request.body,
      ),
  );
};
