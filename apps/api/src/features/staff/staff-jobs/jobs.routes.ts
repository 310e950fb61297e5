// The console's Jobs page (admins) and, in development only, the catcher's "Sent mail" list.
import { DevMailList, JobsOverview, RetryJobParams } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { notFound } from '../../../lib/errors.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { jobsOverview, retryJob } from './jobs.service.ts';

export const staffJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/admin/jobs',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Background job queues, failed jobs with their error, and the email outbox',
        response: { 200: JobsOverview, ...errorResponses(401, 403) },
      },
    },
    async () => jobsOverview({ db: app.db.prisma }, app.jobs),
  );

  app.post(
    '/api/v1/admin/jobs/:queue/:id/retry',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Put a failed job back in its queue',
        params: RetryJobParams,
        response: { 204: z.null().describe('Queued again'), ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request, reply) => {
      await retryJob(staffDeps(app, request), app.jobs, request.params.queue, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/dev-mail',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Development only: the mail the local catcher kept (404 when a real relay is configured)',
        response: { 200: DevMailList, ...errorResponses(401, 403, 404) },
      },
    },
    async () => {
      if (!app.mailCatcher) throw notFound('Mail goes to the relay on this server; there is no catcher.');
      const rows = await app.db.prisma.emailOutbox.findMany({ orderBy: { createdAt: 'desc' }, take: 100 });
      return {
        items: rows.map((row) => ({
          id: row.id,
          to: row.toAddress,
          subject: row.subject,
          body: row.body,
          language: row.language,
          status: row.status,
          createdAt: row.createdAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
