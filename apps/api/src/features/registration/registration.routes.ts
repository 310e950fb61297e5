// Registration (docs/product.md §3.2): verify identity → short-lived registration token; complete with
// credentials → the account, signed in. Both steps are throttled per client IP.
import {
  RegistrationCompleteRequest,
  RegistrationVerifyRequest,
  RegistrationVerifyResponse,
  SessionGrant,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { unauthenticated } from '../../lib/errors.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { grantParentSession } from '../../identity/known-browsers.ts';
import { completeRegistration } from './complete.service.ts';
import { verifyIdentity } from './verify.service.ts';

export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  // Work a verification leaves for after its answer (verify.service.ts), run once the response is out.
  const afterAnswer = new WeakMap<object, Array<() => Promise<void>>>();
  app.addHook('onResponse', (request, _reply, done) => {
    const works = afterAnswer.get(request) ?? [];
    // Queued behind whatever the answer's delivery set in motion, never before it.
    setImmediate(() => {
      for (const work of works)
        work().catch((error: unknown) => request.log.error({ err: error }, 'after-answer work failed'));
    });
    done();
  });

  app.post(
    '/api/v1/registration/verify',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['registration'],
        summary: 'Identity check against the case records → registration token (15 minutes)',
        description:
          '422 IDENTITY_NOT_VERIFIED for any mismatch (never saying which); 403 REGISTRATION_BLOCKED after 5 failed checks for the case number or SSN in 24 hours.',
        body: RegistrationVerifyRequest,
        response: { 200: RegistrationVerifyResponse, ...errorResponses(400, 403, 422, 429) },
      },
    },
    async (request) => {
      const later: Array<() => Promise<void>> = [];
      afterAnswer.set(request, later);
      const verified = await verifyIdentity(
        { ...serviceDeps(app, request), afterAnswer: (work) => later.push(work) },
        request.body,
      );
      const token = app.tokens.signRegistration(verified.personId);
      return { registrationToken: token.token, expiresIn: token.expiresIn, firstName: verified.firstName };
    },
  );

  app.post(
    '/api/v1/registration/complete',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['registration'],
        summary: 'Credentials and security answers → account, signed in',
        description:
          '401 when the registration token is invalid or expired; 409 CONFLICT when the User ID is taken (field userId) or the person already has an account.',
        body: RegistrationCompleteRequest,
        response: { 201: SessionGrant, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { registrationToken, ...credentials } = request.body;
      const personId = app.tokens.verifyRegistration(registrationToken);
      if (!personId) throw unauthenticated('Your identity check has expired. Start the registration again.');
      const session = await completeRegistration(serviceDeps(app, request), { personId, ...credentials });
      // The account's first browser is remembered, so only a later sign-in elsewhere is news.
      const grant = await grantParentSession(app, request, reply, session);
      return reply.code(201).send(grant);
    },
  );
};
