// Contact / Customer Service (docs/product.md §3.1): anyone may send a request (throttled per IP, it is
// an open form); a signed-in parent's is linked to the account and listed back with its answer.
import { ContactRequestInput, ContactRequestReceipt, MyContactRequestList } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { optionalCustomer } from '../../identity/optional-customer.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { listMyContactRequests, submitContactRequest } from './contact.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/contact-requests',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['contact'],
        summary: 'Send a question or request to the Customer Communication Center → confirmation number',
        description:
          'Public. An email address or a phone number is required (field email). With a signed-in parent’s bearer token the request is linked to the account.',
        body: ContactRequestInput,
        response: { 201: ContactRequestReceipt, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const accountId = await optionalCustomer(app, request);
      return reply
        .code(201)
        .send(await submitContactRequest(serviceDeps(app, request), request.body, accountId));
    },
  );

  app.get(
    '/api/v1/contact-requests',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['contact'],
        summary: 'The signed-in parent’s requests with the contact center’s answers, newest first',
        response: { 200: MyContactRequestList, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      items: await listMyContactRequests(serviceDeps(app, request), requireAuth(request).accountId),
    }),
  );
};
