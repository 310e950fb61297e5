// Hands a started or rotated session to the browser: the access JWT in the body (the SPA keeps it
// in memory) and the refresh token in a cookie, which scripts cannot read, which is sent only over
// HTTPS and never cross-site. It is a session cookie: closing the browser drops it; the server
// enforces the idle and absolute limits. Two sets of names (docs/security.md, "One origin per app"):
// - HTTPS deployments (COOKIE_SECURE, on by default in production): `__Host-cos_refresh` for parents
//   and `__Host-cos_staff_refresh` for staff. The prefix makes the browser refuse the cookie unless
//   it is Secure, Path=/ and has no Domain, so no sibling subdomain (or a plain-HTTP page) can plant
//   or overwrite it, and on separate origins each app's cookie stays on its own host.
// - plain-HTTP development keeps `cos_refresh` (Path /api/v1/auth) and `cos_staff_refresh`
//   (Path /api/v1/staff/auth): browsers refuse `__Host-` cookies from http:// pages other than localhost.
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

export interface RefreshCookies {
  customer: RefreshCookie;
  staff: RefreshCookie;
}

const PLAIN_COOKIES: RefreshCookies = {
  customer: { name: 'cos_refresh', path: '/api/v1/auth' },
  staff: { name: 'cos_staff_refresh', path: '/api/v1/staff/auth' },
};
const HOST_PREFIXED_COOKIES: RefreshCookies = {
  customer: { name: '__Host-cos_refresh', path: '/' },
  staff: { name: '__Host-cos_staff_refresh', path: '/' },
};

/** The refresh cookies of a deployment: `__Host-` prefixed when it is served over HTTPS. */
export const refreshCookiesFor = (hostPrefixed: boolean): RefreshCookies =>
  hostPrefixed ? HOST_PREFIXED_COOKIES : PLAIN_COOKIES;

const optionsFor = (cookie: RefreshCookie) =>
  ({ httpOnly: true, secure: true, sameSite: 'strict', path: cookie.path }) as const;

export function setRefreshCookie(reply: FastifyReply, refreshToken: string, cookie: RefreshCookie): void {
  reply.setCookie(cookie.name, refreshToken, optionsFor(cookie));
}

export function grantSession(
  tokens: TokenService,
  reply: FastifyReply,
  session: IssuedSession,
  cookie: RefreshCookie,
): SessionGrant {
  const access = tokens.signAccess({ sub: session.accountId, sid: session.familyId, scope: session.scope });
  setRefreshCookie(reply, session.refreshToken, cookie);
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    mustChangePassword: session.scope === 'password-change',
  };
}

export function clearRefreshCookie(reply: FastifyReply, cookie: RefreshCookie): void {
  reply.clearCookie(cookie.name, optionsFor(cookie));
}

/** The refresh token the browser sent, if it looks like one of ours (43 base64url characters). */
export function refreshTokenOf(request: FastifyRequest, cookie: RefreshCookie): string | null {
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
  cookie: RefreshCookie,
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
