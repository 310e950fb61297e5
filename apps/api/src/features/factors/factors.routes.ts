// A signed-in parent's passkeys and second factor (docs/security.md, "Passkeys and a second
// factor"): the Security page's list, adding and removing passkeys, the authenticator app and email
// codes on and off, new recovery codes, and the options for a step-up assertion that the sensitive
// changes (direct deposit, removing a factor) accept in place of the password.
import {
  ConfirmFactorRequest,
  MyFactors,
  OkResponse,
  Passkey,
  RecoveryCodes,
  RegisterPasskeyRequest,
  StepUp,
  TotpSetup,
  WebAuthnOptions,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { stepUpOptions } from '../../identity/step-up.ts';
import { myFactors, passkeyRegistrationOptions, registerPasskey, removePasskey } from './passkeys.service.ts';
import {
  confirmEmailFactor,
  confirmTotp,
  replaceRecoveryCodes,
  startEmailFactor,
  startTotp,
  turnOffFactor,
} from './second-factors.service.ts';

const PasskeyParams = z.object({ id: z.uuid('Not a passkey id.') });
const ok = { ok: true as const };

export const factorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (request: Parameters<typeof serviceDeps>[1]) => ({
    ...serviceDeps(app, request),
    relyingParty: app.relyingParty,
    factorCipher: app.factorCipher,
    mailer: app.mailer,
    log: request.log,
  });
  const tags = ['factors'];
  const full = { auth: 'full' as const };

  app.get(
    '/api/v1/me/factors',
    {
      config: full,
      schema: {
        tags,
        summary: 'My passkeys and second factor (never a secret)',
        response: { 200: MyFactors, ...errorResponses(401) },
      },
    },
    async (request) => myFactors(deps(request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/me/passkeys/options',
    {
      config: full,
      schema: {
        tags,
        summary: 'Add a passkey, step 1: registration options with a single-use challenge',
        response: { 200: WebAuthnOptions, ...errorResponses(400, 401) },
      },
    },
    async (request) => passkeyRegistrationOptions(deps(request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/me/passkeys',
    {
      config: full,
      schema: {
        tags,
        summary: 'Add a passkey, step 2: its name and what the browser made',
        body: RegisterPasskeyRequest,
        response: { 201: Passkey, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerPasskey(deps(request), requireAuth(request).accountId, request.body)),
  );

  app.post(
    '/api/v1/me/passkeys/:id/remove',
    {
      config: full,
      schema: {
        tags,
        summary: 'Remove a passkey (current password or a step-up assertion)',
        params: PasskeyParams,
        body: StepUp,
        response: { 200: OkResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await removePasskey(deps(request), requireAuth(request).accountId, request.params.id, request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/me/step-up/options',
    {
      config: full,
      schema: {
        tags,
        summary: 'Options for a step-up assertion with one of my passkeys (single use, short-lived)',
        response: { 200: WebAuthnOptions, ...errorResponses(400, 401) },
      },
    },
    async (request) => stepUpOptions(deps(request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/me/totp/start',
    {
      config: full,
      schema: {
        tags,
        summary: 'Authenticator app, step 1 (after the current password): a new secret and its QR code',
        body: StepUp,
        response: { 200: TotpSetup, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => startTotp(deps(request), requireAuth(request).accountId, request.body),
  );

  app.post(
    '/api/v1/me/totp/confirm',
    {
      config: full,
      schema: {
        tags,
        summary:
          'Authenticator app, step 2: a code from the app puts it in force (recovery codes the first time)',
        body: ConfirmFactorRequest,
        response: { 200: RecoveryCodes, ...errorResponses(400, 401) },
      },
    },
    async (request) => confirmTotp(deps(request), requireAuth(request).accountId, request.body.code),
  );

  app.post(
    '/api/v1/me/totp/remove',
    {
      config: full,
      schema: {
        tags,
        summary: 'Turn the authenticator app off',
        body: StepUp,
        response: { 200: OkResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await turnOffFactor(deps(request), requireAuth(request).accountId, 'totp', request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/me/email-factor/start',
    {
      config: full,
      schema: {
        tags,
        summary: 'Email codes, step 1 (after the current password): a code is sent to the address on file',
        body: StepUp,
        response: { 200: OkResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await startEmailFactor(deps(request), requireAuth(request).accountId, request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/me/email-factor/confirm',
    {
      config: full,
      schema: {
        tags,
        summary: 'Email codes, step 2: the code from the email turns them on (recovery codes the first time)',
        body: ConfirmFactorRequest,
        response: { 200: RecoveryCodes, ...errorResponses(400, 401) },
      },
    },
    async (request) => confirmEmailFactor(deps(request), requireAuth(request).accountId, request.body.code),
  );

  app.post(
    '/api/v1/me/email-factor/remove',
    {
      config: full,
      schema: {
        tags,
        summary: 'Turn email codes off',
        body: StepUp,
        response: { 200: OkResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await turnOffFactor(deps(request), requireAuth(request).accountId, 'email', request.body);
      return ok;
    },
  );

  app.post(
    '/api/v1/me/recovery-codes',
    {
      config: full,
      schema: {
        tags,
        summary: 'New recovery codes (the old ones stop working), shown once',
        body: StepUp,
        response: { 200: RecoveryCodes, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => replaceRecoveryCodes(deps(request), requireAuth(request).accountId, request.body),
  );
};
