// Hands a started or rotated session to the browser: the access JWT in the body (the SPA keeps it
// in memory) and the refresh token in the `cos_refresh` cookie, which scripts cannot read, which is
// sent only over HTTPS, only to the auth routes (Path=/api/v1/auth) and never cross-site. It is a
// session cookie: closing the browser drops it; the server enforces the idle and absolute limits.
import type { SessionGrant } from '@cos/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenService } from '../../lib/tokens.ts';
import type { IssuedSession } from './sessions.service.ts';

export const REFRESH_COOKIE = 'cos_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

const cookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH } as const;

export function grantSession(tokens: TokenService, reply: FastifyReply, session: IssuedSession): SessionGrant {
  const access = tokens.signAccess({ sub: session.accountId, sid: session.familyId, scope: session.scope });
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, cookieOptions);
  return { accessToken: access.token, expiresIn: access.expiresIn, mustChangePassword: session.scope === 'password-change' };
}

export function clearRefreshCookie(reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, cookieOptions);
}

/** The refresh token the browser sent, if it looks like one of ours (43 base64url characters). */
export function refreshTokenOf(request: FastifyRequest): string | null {
  const value = request.cookies[REFRESH_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}
