// Change requests in the console (agent and up): the queue, one request beside what is on file,
// and the review. The outcome email is sent after the review has committed; a mail failure is
// logged and the review stands (the parent also has the notification).
import {
  ChangeRequestIdParams,
  ReviewChangeRequest,
  StaffChangeRequestDetail,
  StaffChangeRequestPage,
  StaffChangeRequestQuery,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { listChangeRequestQueue } from './queue.service.ts';
import { reviewChangeRequest, viewChangeRequest } from './review.service.ts';

export const staffChangeRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/change-requests',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Change requests: submitted first, oldest first, then reviewed ones',
        querystring: StaffChangeRequestQuery,
        response: { 200: StaffChangeRequestPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => listChangeRequestQueue(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/change-requests/:id',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'One change request with what is on file now',
        params: ChangeRequestIdParams,
        response: { 200: StaffChangeRequestDetail, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => viewChangeRequest(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/staff/change-requests/:id/review',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Accept (updates the person record) or reject (reason required) a change request',
        description: '409 when it was already reviewed.',
        params: ChangeRequestIdParams,
        body: ReviewChangeRequest,
        response: { 200: StaffChangeRequestDetail, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => {
      const { detail, email } = await reviewChangeRequest(
        staffDeps(app, request),
        request.params.id,
        request.body,
      );
      if (email)
        await app.mailer
          .send(email)
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'change request outcome email not sent'),
          );
      return detail;
    },
  );
};
