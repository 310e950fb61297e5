// Direct Deposit for the signed-in parent (docs/product.md §4, §8): GET the masked enrolment, PUT a new one
// (503 FEATURE_UNAVAILABLE while the directDepositUpdate switch is off).
import { DirectDepositView, UpdateDirectDepositRequest } from '@cos/contracts';
import { createFieldCipher } from '@cos/security';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { confirmStepUp } from '../../identity/step-up.ts';
import { getDirectDeposit, updateDirectDeposit } from './direct-deposit.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const directDepositRoutes: FastifyPluginAsyncZod<{ fieldEncryptionKey: Buffer }> = async (
  app,
  options,
) => {
  const fieldCipher = createFieldCipher(options.fieldEncryptionKey);

  app.get(
    '/api/v1/direct-deposit',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['direct-deposit'],
        summary: 'The current Direct Deposit enrolment, masked',
        response: { 200: DirectDepositView, ...errorResponses(401, 403) },
      },
    },
    async (request) => getDirectDeposit(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.put(
    '/api/v1/direct-deposit',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['direct-deposit'],
        summary: 'Change the bank account that receives payments',
        description:
          'Step-up: the current password or a fresh passkey assertion (403 STEP_UP_REQUIRED without either; 400 naming the field when wrong). 503 FEATURE_UNAVAILABLE with the outage message while the directDepositUpdate switch is off.',
        body: UpdateDirectDepositRequest,
        response: { 200: DirectDepositView, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => {
      const deps = { ...serviceDeps(app, request), fieldCipher, log: request.log };
      const { accountId } = requireAuth(request);
      await confirmStepUp(deps, accountId, request.body, 'direct_deposit');
      return updateDirectDeposit(deps, accountId, request.body);
    },
  );
};
