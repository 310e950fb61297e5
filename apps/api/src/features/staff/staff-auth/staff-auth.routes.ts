// Console sign-in and sessions (docs/product.md §6, §8): sign-in with password + TOTP after the warning,
// refresh and sign-out from the staff cookie, the staff member's own profile, and TOTP enrolment
// for an enrolment-only session, and the staff member's own password change (any session: the
// enrolment-only one must do it first). Sign-in, enrolment and password change are throttled per IP.
import {
  OkResponse,
  StaffChangePasswordRequest,
  StaffMe,
  StaffSessionGrant,
  StaffSignInRequest,
  TotpConfirmRequest,
  TotpEnrolment,
} from '@cos/contracts';
import type { FieldCipher } from '@cos/security';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { unauthenticated } from '../../../lib/errors.ts';
import { serviceDeps } from '../../../lib/service-deps.ts';
import { bearerToken } from '../../../plugins/app/auth-guard.ts';
import { requireStaff } from '../../../plugins/app/staff-guard.ts';
import {
  clearPresentedRefreshCookie,
  refreshTokenOf,
  refuseCrossOrigin,
  reportedActivity,
} from '../../../identity/session-grant.ts';
import { changeStaffPassword } from './staff-change-password.service.ts';
import { grantStaffSession, staffAccessGrant } from './staff-session.ts';
import { getStaffMe, refreshStaffSession, signOutStaff } from './staff-sessions.service.ts';
import { staffSignIn } from './staff-sign-in.service.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from './totp-enrolment.service.ts';

export const staffAuthRoutes: FastifyPluginAsyncZod<{
  totpCipher: FieldCipher;
  refuseDemoStaff?: boolean;
}> = async (app, { totpCipher, refuseDemoStaff = false }) => {
  const deps = (request: Parameters<typeof serviceDeps>[1]) => ({
    ...serviceDeps(app, request),
    totpCipher,
    refuseDemoStaff,
  });

  app.post(
    '/api/v1/staff/auth/sign-in',
    {
      config: { rateLimit: app.ipThrottle },
      schema: {
        tags: ['staff'],
        summary: 'Console sign-in: username, password and TOTP code, after acknowledging the warning',
        description:
          'Sets the cos_staff_refresh cookie. Every failure (unknown user, wrong password or code, replayed code, locked, disabled) answers 401 INVALID_CREDENTIALS with the same body; 400 without acknowledgedWarning: true.',
        body: StaffSignInRequest,
        response: { 200: StaffSessionGrant, ...errorResponses(400, 401, 413, 429) },
      },
    },
    async (request, reply) =>
      grantStaffSession(
        app.tokens,
        reply,
        await staffSignIn(deps(request), request.body),
        app.refreshCookies.staff,
      ),
  );

  app.post(
    '/api/v1/staff/auth/refresh',
    {
      schema: {
        tags: ['staff'],
        summary: 'Rotate the staff refresh cookie and get a new access token',
        description:
          'Send no body; send x-user-idle-seconds (seconds since the staff member last did something in the console). 401 when the cookie is missing, idle (no reported activity for 15 minutes), past 8 hours, revoked or already used (which revokes its session); 403 from another origin (Sec-Fetch-Site or Origin).',
        response: { 200: StaffSessionGrant, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      refuseCrossOrigin(request, app.origins.console);
      const token = refreshTokenOf(request, app.refreshCookies.staff);
      try {
        if (!token) throw unauthenticated();
        const session = await refreshStaffSession(deps(request), token, reportedActivity(request));
        return grantStaffSession(app.tokens, reply, session, app.refreshCookies.staff);
      } catch (error) {
        clearPresentedRefreshCookie(request, reply, app.refreshCookies.staff);
        throw error;
      }
    },
  );

  app.post(
    '/api/v1/staff/auth/sign-out',
    {
      schema: {
        tags: ['staff'],
        summary: 'End this staff session (cookie and/or bearer token)',
        description: '403 from another origin (Sec-Fetch-Site or Origin).',
        response: { 200: OkResponse, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      refuseCrossOrigin(request, app.origins.console);
      const token = bearerToken(request);
      const claims = token ? app.tokens.verifyStaffAccess(token) : null;
      await signOutStaff(deps(request), {
        refreshToken: refreshTokenOf(request, app.refreshCookies.staff),
        bearer: claims ? { staffUserId: claims.sub, familyId: claims.sid } : null,
      });
      clearPresentedRefreshCookie(request, reply, app.refreshCookies.staff);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/staff/me',
    {
      config: { staff: 'any' },
      schema: {
        tags: ['staff'],
        summary: 'The signed-in staff member',
        response: { 200: StaffMe, ...errorResponses(401, 403) },
      },
    },
    async (request) => getStaffMe(serviceDeps(app, request), requireStaff(request)),
  );

  app.post(
    '/api/v1/staff/auth/totp/enroll',
    {
      config: { staff: 'enrolment', rateLimit: app.ipThrottle },
      schema: {
        tags: ['staff'],
        summary: 'Start TOTP enrolment: a new secret and its QR code, shown once',
        description:
          'Only for an enrolment-only session (mustEnrollTotp). Calling it again replaces the secret not yet confirmed.',
        response: { 200: TotpEnrolment, ...errorResponses(401, 403, 409, 429) },
      },
    },
    async (request) => startTotpEnrolment(deps(request), requireStaff(request).staffUserId),
  );

  app.post(
    '/api/v1/staff/auth/totp/confirm',
    {
      config: { staff: 'enrolment', rateLimit: app.ipThrottle },
      schema: {
        tags: ['staff'],
        summary: 'Confirm TOTP enrolment with a code from the app → a full session',
        description:
          'Ends the enrolment-only session and sets a new cos_staff_refresh cookie. 400 (field totp) for a wrong code.',
        body: TotpConfirmRequest,
        response: { 200: StaffSessionGrant, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await confirmTotpEnrolment(deps(request), requireStaff(request), request.body.totp);
      return grantStaffSession(app.tokens, reply, session, app.refreshCookies.staff);
    },
  );

  app.post(
    '/api/v1/staff/auth/change-password',
    {
      config: { staff: 'any', rateLimit: app.ipThrottle },
      schema: {
        tags: ['staff'],
        summary: 'Change your own password; ends every other session of yours',
        description:
          'For a full session, and for an enrolment-only one whose password is a temporary one (mustChangePassword), which must do this before TOTP enrolment. 400 with field currentPassword (wrong; counts towards the sign-in lockout) or newPassword (rules, or the same as the current one). This session goes on: the answer is a new access token for it (the refresh cookie is unchanged).',
        body: StaffChangePasswordRequest,
        response: { 200: StaffSessionGrant, ...errorResponses(400, 401, 403, 413, 429, 503) },
      },
    },
    async (request) => {
      const session = requireStaff(request);
      await changeStaffPassword(deps(request), session, request.body);
      return staffAccessGrant(app.tokens, session, await getStaffMe(serviceDeps(app, request), session));
    },
  );
};
