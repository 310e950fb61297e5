// Refresh (SPEC.md §5): each use of a refresh token rotates it — a new row in the same family, the
// old one marked rotated and pointing at it. A rotated token presented again means it was copied, so
// the whole family is revoked; so is one idle for more than 15 minutes, one past its absolute limit
// (12 h, staff 8 h), or one whose account was disabled. Every refusal is a 401 and says why in the
// audit trail, never to the caller. Customer and staff families rotate alike; each refresh route
// accepts only its own.
//
// One exception, the retry window (policy.session.refreshRetrySeconds, docs/security.md): a browser
// that reloads or leaves a page while its silent refresh is in flight never receives the rotated
// cookie, although the server committed the rotation, and its next page presents the old token. If
// that happens within the window, from the same user agent, while the token the rotation issued has
// never been used, the unused token is superseded (marked rotated: presenting it later revokes the
// family) and a new one issued. A thief who replays a copied token in that window therefore only
// delays detection: the victim's next refresh presents a superseded token and ends every session.
import type { Prisma, PrismaClient } from '@cos/db';
import { unauthenticated } from '../../lib/errors.ts';
import { newRefreshToken, sha256Hex } from '../../lib/hashing.ts';
import { uuid7 } from '../../lib/uuid7.ts';
import { revokeFamilies, type IssuedSession, type RevokeReason, type SessionDeps, type SessionOwner } from './sessions.service.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

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

  if (row.rotatedAt) return retryOrRefuse(deps, { ...row, rotatedAt: row.rotatedAt }, owner, refuse);
  if (now.getTime() - row.lastUsedAt.getTime() > policy.session.idleMinutes * MINUTE) throw await refuse('idle_timeout');
  if (now >= row.expiresAt) throw await refuse('absolute_timeout');
  if (found.status !== 'active') throw await refuse('account_disabled');

  const next = newRefreshToken();
  const nextId = uuid7(now);
  const rotated = await db.$transaction(async (tx) => {
    // The conditional update claims the old token: of two concurrent refreshes only one wins.
    const claimed = await tx.refreshSession.updateMany({
      where: { id: row.id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: now, replacedById: nextId },
    });
    if (claimed.count !== 1) return false;
    await tx.refreshSession.create({ data: successorOf(deps, row, nextId, next) });
    return true;
  });
  if (rotated) return { owner, familyId: row.familyId, restricted: row.restricted, refreshToken: next };
  // The loser of two concurrent refreshes (a reload while the first was still running) sees the
  // rotation the winner committed, and is judged as a retry.
  const settled = await db.refreshSession.findUnique({ where: { id: row.id } });
  if (!settled?.rotatedAt || settled.revokedAt) throw await refuse('reuse_detected');
  return retryOrRefuse(deps, { ...settled, rotatedAt: settled.rotatedAt }, owner, refuse);
}

type RefreshRow = Prisma.RefreshSessionGetPayload<object>;

/** The row a rotation writes: the same family, owner and limits, used now, from this client. */
function successorOf(deps: SessionDeps<PrismaClient>, row: RefreshRow, id: string, token: string) {
  const now = deps.clock.now();
  return {
    id,
    familyId: row.familyId,
    tokenHash: sha256Hex(token),
    accountId: row.accountId,
    staffUserId: row.staffUserId,
    restricted: row.restricted,
    createdAt: now,
    familyStartedAt: row.familyStartedAt,
    lastUsedAt: now,
    expiresAt: row.expiresAt,
    ip: deps.context.ip,
    userAgent: deps.context.userAgent,
  };
}

/**
 * A rotated token came back: a retry inside the window (see the top of this file) gets a new token
 * in place of the unused one its rotation issued; anything else is reuse and ends the family.
 */
async function retryOrRefuse(
  deps: SessionDeps<PrismaClient>,
  row: RefreshRow & { rotatedAt: Date },
  owner: SessionOwner,
  refuse: (reason: RevokeReason) => Promise<Error>,
): Promise<RotatedFamily> {
  const { db, clock, policy, context } = deps;
  const now = clock.now();
  const withinWindow = now.getTime() - row.rotatedAt.getTime() <= policy.session.refreshRetrySeconds * SECOND;
  if (!withinWindow || !row.replacedById || now >= row.expiresAt) throw await refuse('reuse_detected');

  const next = newRefreshToken();
  const nextId = uuid7(now);
  const retried = await db.$transaction(async (tx) => {
    // Claims the unused successor: never rotated, not revoked, issued to this same browser.
    const superseded = await tx.refreshSession.updateMany({
      where: { id: row.replacedById!, rotatedAt: null, revokedAt: null, userAgent: context.userAgent },
      data: { rotatedAt: now, replacedById: nextId },
    });
    if (superseded.count !== 1) return false;
    await tx.refreshSession.create({ data: successorOf(deps, row, nextId, next) });
    // A second reload inside the window retries with this same old token again.
    await tx.refreshSession.update({ where: { id: row.id }, data: { replacedById: nextId } });
    return true;
  });
  if (!retried) throw await refuse('reuse_detected');
  return { owner, familyId: row.familyId, restricted: row.restricted, refreshToken: next };
}
