// Contact requests for agents (docs/product.md §6): the open ones oldest first, one request, its answer.
import {
  ContactAnswerRequest,
  ContactRequestIdParams,
  StaffContactRequest,
  StaffContactRequestPage,
  StaffContactRequestQuery,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { answerContactRequest, getContactRequest, listContactRequests } from './contact-requests.service.ts';

export const contactRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/contact-requests',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Contact requests by status (open by default), oldest first, paged (audited)',
        querystring: StaffContactRequestQuery,
        response: { 200: StaffContactRequestPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => listContactRequests(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/contact-requests/:id',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'One contact request (audited)',
        params: ContactRequestIdParams,
        response: { 200: StaffContactRequest, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => getContactRequest(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/staff/contact-requests/:id/answer',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Answer a contact request (audited); emailed to the person when they gave an address',
        description: '409 CONFLICT when the request has already been answered.',
        params: ContactRequestIdParams,
        body: ContactAnswerRequest,
        response: { 200: StaffContactRequest, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) =>
      answerContactRequest(
        { ...staffDeps(app, request), mailer: app.mailer, log: request.log },
        request.params.id,
        request.body.answer,
      ),
  );
};
