// A signed-in customer's own security questions: which ones they chose, and changing them (with
// the current password). Full sessions only.
import { ChangeSecurityQuestionsRequest, MySecurityQuestions } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { changeSecurityQuestions, chosenQuestions } from './change-security-questions.service.ts';

export const changeSecurityQuestionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/security-questions',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['auth'],
        summary: 'The security questions this account answered (never the answers)',
        response: { 200: MySecurityQuestions, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      items: await chosenQuestions(serviceDeps(app, request), requireAuth(request).accountId),
    }),
  );

  app.put(
    '/api/v1/auth/security-questions',
    {
      config: { auth: 'full', rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Replace the three security questions and answers; needs the current password',
        description:
          '400 with field currentPassword when it is wrong (counted by the sign-in lockout); answers follow the registration rules.',
        body: ChangeSecurityQuestionsRequest,
        response: { 200: MySecurityQuestions, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const { accountId } = requireAuth(request);
      return {
        items: await changeSecurityQuestions(serviceDeps(app, request), { accountId, ...request.body }),
      };
    },
  );
};
