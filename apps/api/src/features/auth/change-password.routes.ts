// Change Password. Allowed to a session that must change its password (its only way forward);
// answers a fresh full session and a new refresh cookie, every earlier session having ended.
import { ChangePasswordRequest, SessionGrant } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { changePassword } from './change-password.service.ts';
import { grantSession } from '../../identity/session-grant.ts';

export const changePasswordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/change-password',
    {
      config: { auth: 'password-change', rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Change the password; ends every other session',
        body: ChangePasswordRequest,
        response: { 200: SessionGrant, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { accountId } = requireAuth(request);
      const session = await changePassword(serviceDeps(app, request), { accountId, ...request.body });
      return grantSession(app.tokens, reply, session, app.refreshCookies.customer);
    },
  );
};
