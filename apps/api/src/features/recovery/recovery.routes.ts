// "Forgot your User ID or Password?" (docs/product.md §3.4, §8): start with the identity, answer the
// questions the server chose. Both steps are public and throttled per client IP; neither answer
// says whether a registered account exists.
import {
  OkResponse,
  RecoveryEmailCodeRequest,
  RecoveryAnswerRequest,
  RecoveryAnswerResponse,
  RecoveryStartRequest,
  RecoveryStartResponse,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { answerRecovery } from './answer.service.ts';
import { createRecoveryTokens } from './recovery-token.ts';
import { sendRecoveryEmailCode } from './email-code.service.ts';
import { startRecovery } from './start.service.ts';

export const recoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const recoveryTokens = createRecoveryTokens(app.tokenCipher, app.clock);

  app.post(
    '/api/v1/recovery/start',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['recovery'],
        summary:
          'Recovery step 1: full name, SSN and date of birth → the questions to answer and a recovery token (15 minutes)',
        description:
          'Answers the same way whether or not a registered account matches: an identity without one gets decoy questions, the same on every try. 403 RECOVERY_BLOCKED after 5 starts with one SSN in 24 hours.',
        body: RecoveryStartRequest,
        response: { 200: RecoveryStartResponse, ...errorResponses(400, 403, 429) },
      },
    },
    async (request) => startRecovery({ ...serviceDeps(app, request), recoveryTokens }, request.body),
  );

  app.post(
    '/api/v1/recovery/answer',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['recovery'],
        summary:
          'Recovery step 2: answers to the questions asked and what to recover → the User ID and/or a temporary password, shown once',
        description:
          '422 RECOVERY_NOT_VERIFIED for wrong answers (or no account); 403 RECOVERY_LOCKED after 3 failed answer sets in 24 hours (recovery only: sign-in still works); 401 when the recovery token expired or was used.',
        body: RecoveryAnswerRequest,
        response: { 200: RecoveryAnswerResponse, ...errorResponses(400, 401, 403, 422, 429) },
      },
    },
    async (request) =>
      answerRecovery(
        {
          ...serviceDeps(app, request),
          recoveryTokens,
          mailer: app.mailer,
          log: request.log,
          factorCipher: app.factorCipher,
        },
        request.body,
      ),
  );

  app.post(
    '/api/v1/recovery/email-code',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['recovery'],
        summary: 'Recovery with a second factor: email a one-time code to the address on file',
        description:
          'Answers the same whether or not an account or an email address exists; the code goes beside the answers (proof method email).',
        body: RecoveryEmailCodeRequest,
        response: { 200: OkResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      await sendRecoveryEmailCode(
        { ...serviceDeps(app, request), recoveryTokens, mailer: app.mailer },
        request.body,
      );
      return { ok: true as const };
    },
  );
};
