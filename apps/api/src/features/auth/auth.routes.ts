// Two-step sign-in (SPEC.md §3.3) and the password rules in force. Step 1 (identify) looks nothing
// up: it answers the same for every User ID, at the same speed. Step 2 signs in or answers
// INVALID_CREDENTIALS. Both are throttled per client IP.
import {
  IdentifyRequest,
  IdentifyResponse,
  PasswordPolicyResponse,
  SessionGrant,
  SignInRequest,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { grantSession } from '../../identity/session-grant.ts';
import { signIn } from './sign-in.service.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/password-policy',
    {
      schema: {
        tags: ['auth'],
        summary: 'The password rules in force',
        response: { 200: PasswordPolicyResponse },
      },
    },
    async () => ({
      minLength: app.policy.password.minLength,
      maxLength: app.policy.password.maxLength,
      agencyWords: [...app.policy.agencyWords],
    }),
  );

  app.post(
    '/api/v1/auth/identify',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Sign-in step 1: the same answer whether or not the User ID exists',
        body: IdentifyRequest,
        response: { 200: IdentifyResponse, ...errorResponses(400, 429) },
      },
    },
    async () => ({ next: 'password' as const }),
  );

  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Sign-in step 2: User ID and password → access token and refresh cookie',
        description:
          'Every failure (unknown User ID, wrong password, locked or disabled account) answers 401 INVALID_CREDENTIALS with the same body.',
        body: SignInRequest,
        response: { 200: SessionGrant, ...errorResponses(400, 401, 413, 429) },
      },
    },
    async (request, reply) => {
      const session = await signIn(serviceDeps(app, request), request.body);
      return grantSession(app.tokens, reply, session);
    },
  );
};
