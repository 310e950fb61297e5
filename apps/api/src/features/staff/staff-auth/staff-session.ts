// Hands a staff session to the console: the access JWT (audience cos-console) in the body and the
// refresh token in the staff cookie (HttpOnly; Secure; SameSite=Strict): `__Host-cos_staff_refresh`
// on HTTPS deployments, `cos_staff_refresh` with Path=/api/v1/staff/auth in plain-HTTP development
// (identity/session-grant.ts). Its name differs from the parents' so neither is read as the other.
import type { StaffSessionGrant } from '@cos/contracts';
import type { FastifyReply } from 'fastify';
import type { StaffScope, TokenService } from '../../../identity/tokens.ts';
import { setRefreshCookie, type RefreshCookie } from '../../../identity/session-grant.ts';
import type { StaffIssuedSession } from './staff-sign-in.service.ts';

export function grantStaffSession(
  tokens: TokenService,
  reply: FastifyReply,
  session: StaffIssuedSession,
  cookie: RefreshCookie,
): StaffSessionGrant {
  setRefreshCookie(reply, session.refreshToken, cookie);
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
