// Hands a started or rotated session to the browser: the access JWT in the body (the SPA keeps it
// in memory) and the refresh token in a cookie, which scripts cannot read, which is sent only over
// HTTPS, only to its auth routes and never cross-site. It is a session cookie: closing the browser
// drops it; the server enforces the idle and absolute limits. Customers hold `cos_refresh` (Path
// /api/v1/auth), staff `cos_staff_refresh` (Path /api/v1/staff/auth): neither reaches the other's routes.
import { parseUserIdleSeconds, USER_IDLE_SECONDS_HEADER, type SessionGrant } from '@cos/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden } from '../lib/errors.ts';
import type { TokenService } from './tokens.ts';
import type { ReportedActivity } from './refresh.ts';
import type { IssuedSession } from './sessions.ts';

export interface RefreshCookie {
  name: string;
  path: string;
}

export const CUSTOMER_REFRESH_COOKIE: RefreshCookie = { name: 'cos_refresh', path: '/api/v1/auth' };
export const REFRESH_COOKIE = CUSTOMER_REFRESH_COOKIE.name;
export const REFRESH_COOKIE_PATH = CUSTOMER_REFRESH_COOKIE.path;

const optionsFor = (cookie: RefreshCookie) =>
  ({ httpOnly: true, secure: true, sameSite: 'strict', path: cookie.path }) as const;

export function setRefreshCookie(
  reply: FastifyReply,
  refreshToken: string,
  cookie: RefreshCookie = CUSTOMER_REFRESH_COOKIE,
): void {
  reply.setCookie(cookie.name, refreshToken, optionsFor(cookie));
}

export function grantSession(
  tokens: TokenService,
  reply: FastifyReply,
  session: IssuedSession,
): SessionGrant {
  const access = tokens.signAccess({ sub: session.accountId, sid: session.familyId, scope: session.scope });
  setRefreshCookie(reply, session.refreshToken);
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    mustChangePassword: session.scope === 'password-change',
  };
}

export function clearRefreshCookie(
  reply: FastifyReply,
  cookie: RefreshCookie = CUSTOMER_REFRESH_COOKIE,
): void {
  reply.clearCookie(cookie.name, optionsFor(cookie));
}

/** The refresh token the browser sent, if it looks like one of ours (43 base64url characters). */
export function refreshTokenOf(
  request: FastifyRequest,
  cookie: RefreshCookie = CUSTOMER_REFRESH_COOKIE,
): string | null {
  const value = request.cookies[cookie.name];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

/**
 * Clears the cookie only when the browser presented one: an answer to a request without it (a
 * stray or forged request) sets nothing, so it cannot push a Set-Cookie at a browser that had none.
 */
export function clearPresentedRefreshCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  cookie: RefreshCookie = CUSTOMER_REFRESH_COOKIE,
): void {
  if (request.cookies[cookie.name] !== undefined) clearRefreshCookie(reply, cookie);
}

/** The activity the app reports with a refresh (USER_IDLE_SECONDS_HEADER); none without the header. */
export function reportedActivity(request: FastifyRequest): ReportedActivity {
  return { idleSeconds: parseUserIdleSeconds(request.headers[USER_IDLE_SECONDS_HEADER]) };
}

/**
 * Refresh and sign-out act on a cookie, so they answer only the app's own pages: a browser's
 * Sec-Fetch-Site other than same-origin, or an Origin other than the app's (its configured origin,
 * CONSOLE_ORIGIN / PORTAL_ORIGIN, or else the origin the request was addressed to), is refused with
 * 403 before the cookie is read. Clients that send neither header (not a browser) are judged by the
 * cookie alone, which SameSite=Strict already keeps to the app's own site (docs/security.md).
 */
export function refuseCrossOrigin(request: FastifyRequest, appOrigin: string | undefined): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw crossOrigin();
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const expected = appOrigin ?? `${request.protocol}://${request.host}`;
  if (origin !== expected) throw crossOrigin();
}

const crossOrigin = () => forbidden('This request must come from the app’s own pages.');
