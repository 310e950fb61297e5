// GET /api/v1/me: who is signed in. Open to a session that must change its password, so the page
// can greet the person and explain why only Change Password is available.
import { MeResponse, PreferredLanguageBody } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { getProfile, setPreferredLanguage } from './account.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me',
    {
      config: { auth: 'password-change' },
      schema: {
        tags: ['account'],
        summary: 'The signed-in customer',
        response: { 200: MeResponse, ...errorResponses(401) },
      },
    },
    async (request) => getProfile(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.put(
    '/api/v1/me/language',
    {
      config: { auth: 'password-change' },
      schema: {
        tags: ['account'],
        summary: "Set the parent's language for the portal and every email",
        body: PreferredLanguageBody,
        response: { 200: MeResponse, ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      setPreferredLanguage(serviceDeps(app, request), requireAuth(request).accountId, request.body),
  );
};
