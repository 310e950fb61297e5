// Refresh (SPEC.md §5): each use of a refresh token rotates it — a new row in the same family, the
// old one marked rotated. A rotated token presented again means it was copied, so the whole family
// is revoked; so is one idle for more than 15 minutes, one past its absolute limit (12 h, staff 8 h),
// or one whose account was disabled. Every refusal is a 401 and says why in the audit trail, never
// to the caller. Customer and staff families rotate alike; each refresh route accepts only its own.
import type { PrismaClient } from '@cos/db';
import { unauthenticated } from '../../lib/errors.ts';
import { newRefreshToken, sha256Hex } from '../../lib/hashing.ts';
import { revokeFamilies, type IssuedSession, type RevokeReason, type SessionDeps, type SessionOwner } from './sessions.service.ts';

const MINUTE = 60_000;

export interface RotatedFamily {
  owner: SessionOwner;
  familyId: string;
  restricted: boolean;
  refreshToken: string;
}

/** Exchanges a refresh token of a customer session for a new one in the same family, or refuses (401). */
export async function rotateSession(deps: SessionDeps<PrismaClient>, refreshToken: string): Promise<IssuedSession> {
  const rotated = await rotateFamily(deps, refreshToken, 'customer');
  return {
    accountId: rotated.owner.id,
    familyId: rotated.familyId,
    scope: rotated.restricted ? 'password-change' : 'full',
    refreshToken: rotated.refreshToken,
  };
}

/** Exchanges a refresh token of an owner of `kind` for a new one, or refuses (401) and says why in the audit. */
export async function rotateFamily(deps: SessionDeps<PrismaClient>, refreshToken: string, kind: SessionOwner['kind']): Promise<RotatedFamily> {
  const { db, clock, policy } = deps;
  const now = clock.now();
  const row = await db.refreshSession.findUnique({
    where: { tokenHash: sha256Hex(refreshToken) },
    include: { account: { select: { status: true } }, staffUser: { select: { status: true } } },
  });
  if (!row || row.revokedAt) throw unauthenticated();
  const found = kind === 'customer' ? { id: row.accountId, status: row.account?.status } : { id: row.staffUserId, status: row.staffUser?.status };
  if (!found.id || !found.status) throw unauthenticated();
  const owner: SessionOwner = { kind, id: found.id };
  const refuse = async (reason: RevokeReason) => {
    await revokeFamilies(deps, { owner, familyId: row.familyId, reason });
    return unauthenticated();
  };

  if (row.rotatedAt) throw await refuse('reuse_detected');
  if (now.getTime() - row.lastUsedAt.getTime() > policy.session.idleMinutes * MINUTE) throw await refuse('idle_timeout');
  if (now >= row.expiresAt) throw await refuse('absolute_timeout');
  if (found.status !== 'active') throw await refuse('account_disabled');

  const next = newRefreshToken();
  const rotated = await db.$transaction(async (tx) => {
    // The conditional update claims the old token: of two concurrent refreshes only one wins.
    const claimed = await tx.refreshSession.updateMany({
      where: { id: row.id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: now },
    });
    if (claimed.count !== 1) return false;
    await tx.refreshSession.create({
      data: {
        familyId: row.familyId,
        tokenHash: sha256Hex(next),
        accountId: row.accountId,
        staffUserId: row.staffUserId,
        restricted: row.restricted,
        createdAt: now,
        familyStartedAt: row.familyStartedAt,
        lastUsedAt: now,
        expiresAt: row.expiresAt,
        ip: deps.context.ip,
        userAgent: deps.context.userAgent,
      },
    });
    return true;
  });
  if (!rotated) throw await refuse('reuse_detected');
  return { owner, familyId: row.familyId, restricted: row.restricted, refreshToken: next };
}
