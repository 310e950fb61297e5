// The audit trail (supervisor and up): a paged JSON list and a CSV download with the same filters.
// Both are audited as reads of the trail and fail closed.
import { AuditTrailFilters, AuditTrailPage, AuditTrailQuery } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { CSV_ROW_LIMIT, exportAuditCsv, readAuditTrail } from './audit-trail.service.ts';

export const auditTrailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/audit',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['staff'],
        summary: 'The audit trail, newest first, in plain words (supervisor)',
        description:
          'Filter by accountId ("who viewed this account"), actorId, action and from/to (a day in agency time, or an ISO date-time).',
        querystring: AuditTrailQuery,
        response: { 200: AuditTrailPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => readAuditTrail(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/audit.csv',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['staff'],
        summary: 'The audit trail as a CSV download, same filters (supervisor)',
        description: `text/csv; the newest ${CSV_ROW_LIMIT} matching events. Cells that start with = + - @ are prefixed with a quote.`,
        querystring: AuditTrailFilters,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV text'), ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request, reply) => {
      const { csv } = await exportAuditCsv(staffDeps(app, request), request.query);
      const day = app.clock.now().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-trail-${day}.csv"`)
        .send(csv);
    },
  );
};
