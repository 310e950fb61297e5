// Authentication for customer routes, declared per route: `config: { auth: 'full' }` needs a full
// session; `config: { auth: 'password-change' }` also lets in a session that must change its
// password first (change-password, me; sign-out and refresh work from the cookie). The guard runs
// on onRequest, before the body is read: a bearer JWT (HS256, issuer, audience, expiry checked
// against the injected clock) whose session family is still live (one indexed query per request).
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { isSessionActive } from '../../identity/sessions.ts';
import { passwordChangeRequired, unauthenticated } from '../../lib/errors.ts';
import type { AccessClaims, SessionScope, TokenService } from '../../identity/tokens.ts';

export interface AuthenticatedSession {
  accountId: string;
  familyId: string;
  scope: SessionScope;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least scope this route accepts; absent for public routes. */
    auth?: SessionScope;
  }
  interface FastifyRequest {
    auth: AuthenticatedSession | null;
  }
  interface FastifyInstance {
    /** Every route that declared `config.auth`, as registered (tests check each one's guard). */
    guardedRoutes: ReadonlyArray<GuardedRoute>;
  }
}

export type GuardedRoute = { method: string; url: string; auth: SessionScope };

/** The bearer token of the Authorization header, if it is well-formed. */
export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** The claims of a well-formed, valid bearer token, or null. Does not check the family. */
export function bearerClaims(tokens: TokenService, request: FastifyRequest): AccessClaims | null {
  const token = bearerToken(request);
  return token ? tokens.verifyAccess(token) : null;
}

/** The session of a route that declared `config.auth` (the guard has already run). */
export function requireAuth(request: FastifyRequest): AuthenticatedSession {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const authGuard = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('auth', null);
    const guarded: GuardedRoute[] = [];
    app.decorate('guardedRoutes', guarded);

    app.addHook('onRoute', (route) => {
      const least = route.config?.auth;
      if (!least) return;
      for (const method of toArray(route.method)) guarded.push({ method, url: route.url, auth: least });
      const guard: onRequestHookHandler = async (request) => {
        const claims = bearerClaims(app.tokens, request);
        if (!claims || !(await isSessionActive(app.db.pool, app.clock, claims))) throw unauthenticated();
        if (least === 'full' && claims.scope !== 'full') throw passwordChangeRequired();
        request.auth = { accountId: claims.sub, familyId: claims.sid, scope: claims.scope };
      };
      route.onRequest = [...toArray(route.onRequest), guard];
      route.schema = { ...route.schema, security: [{ bearerAuth: [] }] };
    });
  },
  { name: 'auth-guard', dependencies: ['database', 'jwt-tokens'] },
);
