// Session upkeep: refresh (rotate the cookie's token), sign out (this session), sign out everywhere
// (every session of the account) and the recent sign-ins list. Refresh and sign-out read the
// cookie, so they work for a page that has just been reloaded and holds no access token.
import { OkResponse, SessionGrant, SignInHistory } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { unauthenticated } from '../../lib/errors.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { bearerClaims, requireAuth } from '../../plugins/app/auth-guard.ts';
import {
  clearPresentedRefreshCookie,
  grantSession,
  refreshTokenOf,
  refuseCrossOrigin,
  reportedActivity,
} from '../../identity/session-grant.ts';
import { rotateSession } from '../../identity/refresh.ts';
import { familyOfRefreshToken, revokeSessions } from '../../identity/sessions.ts';
import { listSignIns } from './sign-ins.service.ts';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Rotate the refresh cookie and get a new access token',
        description:
          'Send no body; send x-user-idle-seconds (seconds since the person last did something in the app). 401 when the cookie is missing, expired, idle (no reported activity for 15 minutes), revoked or already used (which revokes its whole session); 403 from another origin (Sec-Fetch-Site or Origin).',
        response: { 200: SessionGrant, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      refuseCrossOrigin(request, app.origins.portal);
      const token = refreshTokenOf(request, app.refreshCookies.customer);
      try {
        if (!token) throw unauthenticated();
        const session = await rotateSession(serviceDeps(app, request), token, reportedActivity(request));
        return grantSession(app.tokens, reply, session, app.refreshCookies.customer);
      } catch (error) {
        clearPresentedRefreshCookie(request, reply, app.refreshCookies.customer);
        throw error;
      }
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End this session (cookie and/or bearer token)',
        description: '403 from another origin (Sec-Fetch-Site or Origin).',
        response: { 200: OkResponse, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      refuseCrossOrigin(request, app.origins.portal);
      const deps = serviceDeps(app, request);
      const token = refreshTokenOf(request, app.refreshCookies.customer);
      const fromCookie = token ? await familyOfRefreshToken(deps.db, token) : null;
      const claims = bearerClaims(app.tokens, request);
      const families = new Map<string, string>();
      if (fromCookie?.accountId) families.set(fromCookie.familyId, fromCookie.accountId);
      if (claims) families.set(claims.sid, claims.sub);
      for (const [familyId, accountId] of families)
        await revokeSessions(deps, { accountId, familyId, reason: 'sign_out' });
      clearPresentedRefreshCookie(request, reply, app.refreshCookies.customer);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/sign-out-everywhere',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['auth'],
        summary: 'End every session of the account',
        response: { 200: OkResponse, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { accountId } = requireAuth(request);
      await revokeSessions(serviceDeps(app, request), { accountId, reason: 'sign_out_everywhere' });
      clearPresentedRefreshCookie(request, reply, app.refreshCookies.customer);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/sign-ins',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['auth'],
        summary: 'The last 20 sign-ins, newest first',
        response: { 200: SignInHistory, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const { accountId, familyId } = requireAuth(request);
      return listSignIns(serviceDeps(app, request), { accountId, currentFamilyId: familyId });
    },
  );
};
