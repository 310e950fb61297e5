// Apply Now (docs/product.md §3.1): submit (public; linked to the account when a parent is signed in),
// status by confirmation number + date of birth (public, throttled per IP like the other lookups
// that take guesses), and the signed-in parent's own applications.
import {
  ApplicationList,
  ApplicationReceipt,
  ApplicationRequest,
  ApplicationStatusRequest,
  ApplicationSummary,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { optionalCustomer } from '../../identity/optional-customer.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { applicationStatus, listApplications, submitApplication } from './applications.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/applications',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['applications'],
        summary: 'Apply for child support services → confirmation number',
        description:
          'Public. With a bearer token of a signed-in parent the application is linked to that account.',
        body: ApplicationRequest,
        response: { 201: ApplicationReceipt, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const accountId = await optionalCustomer(app, request);
      return reply
        .code(201)
        .send(await submitApplication(serviceDeps(app, request), request.body, accountId));
    },
  );

  app.post(
    '/api/v1/applications/status',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['applications'],
        summary: 'Status of an application by confirmation number and the applicant’s date of birth',
        description: '404 NOT_FOUND, the same answer, for a wrong number or a wrong date of birth.',
        body: ApplicationStatusRequest,
        response: { 200: ApplicationSummary, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => applicationStatus(serviceDeps(app, request), request.body),
  );

  app.get(
    '/api/v1/applications',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['applications'],
        summary: 'The signed-in parent’s applications, newest first',
        response: { 200: ApplicationList, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      items: await listApplications(serviceDeps(app, request), requireAuth(request).accountId),
    }),
  );
};
