// Hands a staff session to the console: the access JWT (audience cos-console) in the body and the
// refresh token in the `cos_staff_refresh` cookie (HttpOnly; Secure; SameSite=Strict;
// Path=/api/v1/staff/auth), so it reaches only the staff auth routes and never the customer ones.
import type { StaffSessionGrant } from '@cos/contracts';
import type { FastifyReply } from 'fastify';
import type { StaffScope, TokenService } from '../../../identity/tokens.ts';
import { setRefreshCookie, type RefreshCookie } from '../../../identity/session-grant.ts';
import type { StaffIssuedSession } from './staff-sign-in.service.ts';

export const STAFF_REFRESH_COOKIE: RefreshCookie = { name: 'cos_staff_refresh', path: '/api/v1/staff/auth' };

export function grantStaffSession(
  tokens: TokenService,
  reply: FastifyReply,
  session: StaffIssuedSession,
): StaffSessionGrant {
  setRefreshCookie(reply, session.refreshToken, STAFF_REFRESH_COOKIE);
  return staffAccessGrant(tokens, session, session);
}

/** A new access token for the session in hand (same family, no new refresh token), e.g. after a password change. */
export function staffAccessGrant(
  tokens: TokenService,
  session: { staffUserId: string; familyId: string; role: StaffSessionGrant['role']; scope: StaffScope },
  me: { displayName: string; mustChangePassword: boolean },
): StaffSessionGrant {
  const access = tokens.signStaffAccess({
    sub: session.staffUserId,
    sid: session.familyId,
    role: session.role,
    scope: session.scope,
  });
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    role: session.role,
    displayName: me.displayName,
    mustEnrollTotp: session.scope === 'enrolment',
    mustChangePassword: me.mustChangePassword,
  };
}
