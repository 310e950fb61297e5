// Applications for agents (docs/product.md §3.1, §6): the queue, one application, and moving its status.
import {
  ApplicationIdParams,
  ApplicationStatusChange,
  StaffApplicationDetail,
  StaffApplicationPage,
  StaffApplicationQuery,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { listApplicationQueue, moveApplication, viewApplication } from './applications.service.ts';

export const staffApplicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/applications',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Applications: received first, oldest first, then the others; paged (audited)',
        querystring: StaffApplicationQuery,
        response: { 200: StaffApplicationPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => listApplicationQueue(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/applications/:id',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'One application as the applicant sent it (audited)',
        params: ApplicationIdParams,
        response: { 200: StaffApplicationDetail, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => viewApplication(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/staff/applications/:id/status',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary:
          'Move an application: received → in_review | closed, in_review → accepted | closed (closing needs a reason; audited)',
        description:
          '409 CONFLICT for any other move, a status already reached, or a move another staff member made first.',
        params: ApplicationIdParams,
        body: ApplicationStatusChange,
        response: { 200: StaffApplicationDetail, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => moveApplication(staffDeps(app, request), request.params.id, request.body),
  );
};
