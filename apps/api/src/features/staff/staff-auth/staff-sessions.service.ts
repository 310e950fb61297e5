// Staff session upkeep: refresh (rotation and reuse detection are the customer code's, with a staff
// owner), sign-out, and the signed-in staff member's own profile.
import type { StaffMe } from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import { unauthenticated } from '../../../lib/errors.ts';
import { rotateFamily, type ReportedActivity } from '../../../identity/refresh.ts';
import {
  familyOfRefreshToken,
  revokeFamilies,
  staffOwner,
  type SessionDeps,
} from '../../../identity/sessions.ts';
import type { StaffSession } from '../../../plugins/app/staff-guard.ts';
import type { StaffIssuedSession } from './staff-sign-in.service.ts';

export async function refreshStaffSession(
  deps: SessionDeps<PrismaClient>,
  refreshToken: string,
  activity?: ReportedActivity,
): Promise<StaffIssuedSession> {
  const rotated = await rotateFamily(deps, refreshToken, 'staff', activity);
  const user = await deps.db.staffUser.findUnique({
    where: { id: rotated.owner.id },
    select: { role: true, displayName: true, mustChangePassword: true },
  });
  if (!user) throw unauthenticated();
  return {
    staffUserId: rotated.owner.id,
    familyId: rotated.familyId,
    role: user.role,
    displayName: user.displayName,
    scope: rotated.restricted ? 'enrolment' : 'full',
    mustChangePassword: user.mustChangePassword,
    refreshToken: rotated.refreshToken,
  };
}

/** Ends the families named by the cookie and/or the bearer token (staff ones only). */
export async function signOutStaff(
  deps: SessionDeps,
  from: { refreshToken: string | null; bearer: { staffUserId: string; familyId: string } | null },
): Promise<void> {
  const families = new Map<string, string>();
  const fromCookie = from.refreshToken ? await familyOfRefreshToken(deps.db, from.refreshToken) : null;
  if (fromCookie?.staffUserId) families.set(fromCookie.familyId, fromCookie.staffUserId);
  if (from.bearer) families.set(from.bearer.familyId, from.bearer.staffUserId);
  for (const [familyId, staffUserId] of families) {
    await revokeFamilies(deps, { owner: staffOwner(staffUserId), familyId, reason: 'sign_out' });
  }
}

export async function getStaffMe(
  deps: { db: Prisma.TransactionClient; policy: SessionDeps['policy'] },
  session: StaffSession,
): Promise<StaffMe> {
  const user = await deps.db.staffUser.findUniqueOrThrow({
    where: { id: session.staffUserId },
    select: {
      id: true,
      username: true,
      displayName: true,
      email: true,
      role: true,
      lastSignInAt: true,
      mustChangePassword: true,
    },
  });
  return {
    ...user,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    mustEnrollTotp: session.scope === 'enrolment',
    sessionExpiresAt: session.sessionExpiresAt.toISOString(),
    idleMinutes: deps.policy.session.idleMinutes,
    idleWarningMinutes: deps.policy.session.idleWarningMinutes,
  };
}
