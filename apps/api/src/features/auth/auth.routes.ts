// Two-step sign-in (docs/product.md §3.3) and the password rules in force. Step 1 (identify) looks nothing
// up: it answers the same for every User ID, at the same speed. Step 2 signs in or answers
// INVALID_CREDENTIALS. Both are throttled per client IP.
import {
  IdentifyRequest,
  IdentifyResponse,
  OkResponse,
  PasskeySignInRequest,
  PasswordPolicyResponse,
  SecondFactorRequest,
  SecondFactorTokenRequest,
  SessionGrant,
  SignInRequest,
  SignInResponse,
  WebAuthnOptions,
} from '@cos/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { grantParentSession } from '../../identity/known-browsers.ts';
import type { IssuedSession } from '../../identity/sessions.ts';
import { createSecondFactorTokens } from '../../identity/second-factor-token.ts';
import { passkeySignIn, passkeySignInOptions } from './passkey-sign-in.service.ts';
import { sendSignInEmailCode, verifySecondFactor } from './second-factor.service.ts';
import { signIn } from './sign-in.service.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const secondFactorTokens = createSecondFactorTokens(app.tokenCipher, app.clock, app.policy);
  const factorDeps = (request: Parameters<typeof serviceDeps>[1]) => ({
    ...serviceDeps(app, request),
    secondFactorTokens,
    factorCipher: app.factorCipher,
    mailer: app.mailer,
    relyingParty: app.relyingParty,
  });

  // Every completed sign-in: the browser remembered (a notice when it is new), then the session.
  const signedIn = (
    request: Parameters<typeof serviceDeps>[1],
    reply: FastifyReply,
    session: IssuedSession,
  ) => grantParentSession(app, request, reply, session);

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
          'Every failure (unknown User ID, wrong password, locked or disabled account) answers 401 INVALID_CREDENTIALS with the same body. With a second factor on, a right password answers `secondFactor` (a hand-over token and the methods) instead of a session.',
        body: SignInRequest,
        response: { 200: SignInResponse, ...errorResponses(400, 401, 413, 429) },
      },
    },
    async (request, reply) => {
      const outcome = await signIn(factorDeps(request), request.body);
      return 'secondFactor' in outcome ? outcome : signedIn(request, reply, outcome);
    },
  );

  app.post(
    '/api/v1/auth/second-factor',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Sign-in step 3: the hand-over token and a code (authenticator app, email or recovery code)',
        description:
          'A wrong, replayed or expired code answers 401 INVALID_CREDENTIALS and counts towards the sign-in lockout.',
        body: SecondFactorRequest,
        response: { 200: SessionGrant, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) =>
      signedIn(request, reply, await verifySecondFactor(factorDeps(request), request.body)),
  );

  app.post(
    '/api/v1/auth/second-factor/email-code',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Send a sign-in code to the email address (when email codes are on)',
        body: SecondFactorTokenRequest,
        response: { 200: OkResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => {
      await sendSignInEmailCode(factorDeps(request), request.body.token);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/passkey/options',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Passkey sign-in, step 1: a single-use challenge (discoverable credentials)',
        response: { 200: WebAuthnOptions, ...errorResponses(429) },
      },
    },
    async (request) => passkeySignInOptions(factorDeps(request)),
  );

  app.post(
    '/api/v1/auth/passkey',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['auth'],
        summary: 'Passkey sign-in, step 2: the assertion → access token and refresh cookie',
        description:
          'A passkey of another site, a replayed or expired challenge, a bad signature or a locked account answer 401 INVALID_CREDENTIALS.',
        body: PasskeySignInRequest,
        response: { 200: SessionGrant, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) =>
      signedIn(request, reply, await passkeySignIn(factorDeps(request), request.body)),
  );
};
