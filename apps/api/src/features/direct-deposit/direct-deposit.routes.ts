// Direct Deposit for the signed-in parent (docs/product.md §4, §8): GET the masked enrolment and any
// pending change, PUT a new account (pending for the cooling-off; 503 FEATURE_UNAVAILABLE while the
// directDepositUpdate switch is off), DELETE the pending change.
import { DirectDepositView, UpdateDirectDepositRequest } from '@cos/contracts';
import { createFieldCipher } from '@cos/security';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { confirmStepUp } from '../../identity/step-up.ts';
import {
  cancelDirectDepositChange,
  getDirectDeposit,
  requestDirectDepositChange,
} from './direct-deposit.service.ts';
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
        summary: 'Change the bank account that receives payments (after the cooling-off period)',
        description:
          'The change is pending until pendingChange.effectiveAt (policy directDeposit.coolingOffDays, default 3 days), replaces any pending one, and is emailed to the parent at once. Step-up: the current password or a fresh passkey assertion (403 STEP_UP_REQUIRED without either; 400 naming the field when wrong). 503 FEATURE_UNAVAILABLE with the outage message while the directDepositUpdate switch is off.',
        body: UpdateDirectDepositRequest,
        response: { 200: DirectDepositView, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => {
      const deps = { ...serviceDeps(app, request), fieldCipher };
      const { accountId } = requireAuth(request);
      await confirmStepUp(deps, accountId, request.body, 'direct_deposit');
      return requestDirectDepositChange(deps, accountId, request.body);
    },
  );

  app.delete(
    '/api/v1/direct-deposit/pending-change',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['direct-deposit'],
        summary: 'Cancel the Direct Deposit change that has not taken effect yet',
        description:
          'No password needed: cancelling keeps payments where they go today. Audited and emailed to the parent. 404 when no change is pending.',
        response: { 200: DirectDepositView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => cancelDirectDepositChange(serviceDeps(app, request), requireAuth(request).accountId),
  );
};
