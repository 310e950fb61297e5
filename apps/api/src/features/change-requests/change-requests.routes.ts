// Provide Info (docs/product.md §3.6, §8): the signed-in parent's details on file and their change requests.
import { ChangeRequestInput, ChangeRequestItem, ChangeRequestList, ContactDetails } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { getContactDetails, listChangeRequests, submitChangeRequest } from './change-requests.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const changeRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me/contact-details',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['provide-info'],
        summary: 'Your address, phone, email and employer on file',
        response: { 200: ContactDetails, ...errorResponses(401, 403) },
      },
    },
    async (request) => getContactDetails(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.get(
    '/api/v1/change-requests',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['provide-info'],
        summary: 'Your change requests, newest first, with their review status',
        response: { 200: ChangeRequestList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listChangeRequests(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/change-requests',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['provide-info'],
        summary: 'Ask for a change of address, phone, email or employer (one kind per request)',
        description: 'A caseworker reviews it; the details on file change only when it is accepted.',
        body: ChangeRequestInput,
        response: { 201: ChangeRequestItem, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const item = await submitChangeRequest(
        serviceDeps(app, request),
        requireAuth(request).accountId,
        request.body,
      );
      return reply.code(201).send(item);
    },
  );
};
