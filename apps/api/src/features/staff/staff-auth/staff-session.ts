// Hands a staff session to the console: the access JWT (audience cos-console) in the body and the
// refresh token in the `cos_staff_refresh` cookie (HttpOnly; Secure; SameSite=Strict;
// Path=/api/v1/staff/auth), so it reaches only the staff auth routes and never the customer ones.
import type { StaffSessionGrant } from '@cos/contracts';
import type { FastifyReply } from 'fastify';
import type { TokenService } from '../../../lib/tokens.ts';
import { setRefreshCookie, type RefreshCookie } from '../../auth/session-grant.ts';
import type { StaffIssuedSession } from './staff-sign-in.service.ts';

export const STAFF_REFRESH_COOKIE: RefreshCookie = { name: 'cos_staff_refresh', path: '/api/v1/staff/auth' };

export function grantStaffSession(tokens: TokenService, reply: FastifyReply, session: StaffIssuedSession): StaffSessionGrant {
  const access = tokens.signStaffAccess({ sub: session.staffUserId, sid: session.familyId, role: session.role, scope: session.scope });
  setRefreshCookie(reply, session.refreshToken, STAFF_REFRESH_COOKIE);
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    role: session.role,
    displayName: session.displayName,
    mustEnrollTotp: session.scope === 'enrolment',
  };
}
