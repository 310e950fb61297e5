// Notification preferences (docs/product.md §3.6): read and save the two email choices.
import { NotificationPreferences, NotificationPreferencesView } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { getPreferences, savePreferences } from './notification-preferences.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const notificationPreferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me/notification-preferences',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['account'],
        summary: 'Your email notification choices',
        response: { 200: NotificationPreferencesView, ...errorResponses(401, 403) },
      },
    },
    async (request) => getPreferences(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.put(
    '/api/v1/me/notification-preferences',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['account'],
        summary: 'Save your email notification choices (either one on needs an email address on file)',
        body: NotificationPreferences,
        response: { 200: NotificationPreferencesView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      savePreferences(serviceDeps(app, request), requireAuth(request).accountId, request.body),
  );
};
