// Refresh (docs/product.md §5): each use of a refresh token rotates it — a new row in the same family, the
// old one marked rotated and pointing at it. A rotated token presented again means it was copied, so
// the family is revoked; so is one whose person did nothing for more than 15 minutes (the activity
// the app reports with each refresh, USER_IDLE_SECONDS_HEADER: a background refresh alone is not
// activity), one past its absolute limit (12 h,
// staff 8 h), or one whose account was disabled. Every refusal is a 401 and says why in the audit
// trail, never to the caller. Customer and staff families rotate alike; each refresh route accepts
// only its own. The rotations of one family are serialised by a transaction-scoped advisory lock, so
// two requests with one token are decided one after the other.
//
// One exception, the retry window (policy.session.refreshRetrySeconds, docs/security.md): a browser
// that reloads or leaves a page while its silent refresh is in flight never receives the rotated
// cookie, although the server committed the rotation, and its next page presents the old token. If
// that happens within the window, from the same IP address and user agent as the rotation, while the
// token that rotation issued has never been used, the old token gets a sibling of that unused token
// (audited as session_refresh_retried). Whichever sibling is used first ends the others, and a token
// ended that way is reuse when presented. So a thief replaying a copied token inside the window does
// not silently push the parent out: both hold live tokens until one of them refreshes, and the
// other's next refresh revokes the family.
import type { Prisma, PrismaClient } from '@cos/db';
import { appendAudit } from '../lib/audit.ts';
import { unauthenticated } from '../lib/errors.ts';
import { newRefreshToken, sha256Hex } from './hashing.ts';
import { uuid7 } from '../lib/uuid7.ts';
import {
  auditedOwner,
  lockFamily,
  revokeFamilies,
  type IssuedSession,
  type RevokeReason,
  type SessionDeps,
  type SessionOwner,
} from './sessions.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** What the app reported with this refresh: seconds since the person's last action, or null (none). */
export type ReportedActivity = { idleSeconds: number | null };
const NO_ACTIVITY: ReportedActivity = { idleSeconds: null };

export interface RotatedFamily {
  owner: SessionOwner;
  familyId: string;
  restricted: boolean;
  refreshToken: string;
}

/** Exchanges a refresh token of a customer session for a new one in the same family, or refuses (401). */
export async function rotateSession(
  deps: SessionDeps<PrismaClient>,
  refreshToken: string,
  activity: ReportedActivity = NO_ACTIVITY,
): Promise<IssuedSession> {
  const rotated = await rotateFamily(deps, refreshToken, 'customer', activity);
  return {
    accountId: rotated.owner.id,
    familyId: rotated.familyId,
    scope: rotated.restricted ? 'password-change' : 'full',
    refreshToken: rotated.refreshToken,
  };
}

/** Exchanges a refresh token of an owner of `kind` for a new one, or refuses (401) and says why in the audit. */
export async function rotateFamily(
  deps: SessionDeps<PrismaClient>,
  refreshToken: string,
  kind: SessionOwner['kind'],
  activity: ReportedActivity = NO_ACTIVITY,
): Promise<RotatedFamily> {
  const { db } = deps;
  const presented = await db.refreshSession.findUnique({
    where: { tokenHash: sha256Hex(refreshToken) },
    include: { account: { select: { status: true } }, staffUser: { select: { status: true } } },
  });
  if (!presented || presented.revokedAt) throw unauthenticated();
  const found =
    kind === 'customer'
      ? { id: presented.accountId, status: presented.account?.status }
      : { id: presented.staffUserId, status: presented.staffUser?.status };
  if (!found.id || !found.status) throw unauthenticated();
  const owner: SessionOwner = { kind, id: found.id };
  const active = found.status === 'active';

  const decision = await db.$transaction(async (tx) => {
    await lockFamily(tx, presented.familyId);
    // Read again under the lock: an earlier request with this token may have rotated it meanwhile.
    const row = await tx.refreshSession.findUniqueOrThrow({ where: { id: presented.id } });
    const familyRevoked = await tx.refreshSession.count({
      where: { familyId: row.familyId, revokedAt: { not: null } },
    });
    if (familyRevoked > 0) return { refused: null };
    if (row.rotatedAt) return retry(tx, deps, row, owner, active, activity);
    return rotate(tx, deps, row, active, activity);
  });
  if ('refreshToken' in decision)
    return {
      owner,
      familyId: presented.familyId,
      restricted: presented.restricted,
      refreshToken: decision.refreshToken,
    };
  // Revoking (and its audit) runs after the lock is released; a family already revoked needs nothing more.
  if (decision.refused)
    await revokeFamilies(deps, {
      owner,
      familyId: presented.familyId,
      reason: decision.refused,
      notRetried: decision.notRetried,
    });
  throw unauthenticated();
}

type RefreshRow = Prisma.RefreshSessionGetPayload<object>;
type Decision = { refreshToken: string } | { refused: RevokeReason | null; notRetried?: string };

/** A live token: check the time limits and the account, then replace it (and end any sibling). */
async function rotate(
  tx: Prisma.TransactionClient,
  deps: SessionDeps<PrismaClient>,
  row: RefreshRow,
  active: boolean,
  activity: ReportedActivity,
): Promise<Decision> {
  const { clock, policy } = deps;
  const now = clock.now();
  if (now.getTime() - lastActivity(row, activity, now).getTime() > policy.session.idleMinutes * MINUTE)
    return { refused: 'idle_timeout' };
  if (now >= row.expiresAt) return { refused: 'absolute_timeout' };
  if (!active) return { refused: 'account_disabled' };
  const next = newRefreshToken();
  const nextId = uuid7(now);
  await tx.refreshSession.update({ where: { id: row.id }, data: { rotatedAt: now, replacedById: nextId } });
  // Siblings a retry issued are ended by the first of them to be used (replacedById stays empty, so
  // presenting one later is reuse, never a retry).
  await tx.refreshSession.updateMany({
    where: { familyId: row.familyId, rotatedAt: null, revokedAt: null, id: { not: row.id } },
    data: { rotatedAt: now },
  });
  await tx.refreshSession.create({ data: successorOf(deps, row, nextId, next, activity) });
  return { refreshToken: next };
}

/**
 * The person's last action: the latest of what the family knew and what this refresh reports (never
 * later than now, never earlier than the report allows). A family's first row knows its sign-in.
 */
function lastActivity(row: RefreshRow, activity: ReportedActivity, now: Date): Date {
  const known = row.lastActivityAt ?? row.lastUsedAt;
  if (activity.idleSeconds === null) return known;
  const reported = new Date(now.getTime() - activity.idleSeconds * SECOND);
  return reported > known ? reported : known;
}

/**
 * A rotated token came back: a retry inside the window (see the top of this file) gets a sibling of
 * the unused token its rotation issued; anything else is reuse and ends the family.
 */
async function retry(
  tx: Prisma.TransactionClient,
  deps: SessionDeps<PrismaClient>,
  row: RefreshRow,
  owner: SessionOwner,
  active: boolean,
  activity: ReportedActivity,
): Promise<Decision> {
  const { clock, policy, context } = deps;
  const now = clock.now();
  const window = policy.session.refreshRetrySeconds * SECOND;
  const elapsed = now.getTime() - (row.rotatedAt?.getTime() ?? 0);
  // Why a rotated token was not taken as a retry goes with the reuse event, to tell a near miss
  // (a phone that changed network, a retry too late) from a replay.
  const reuse = (notRetried: string): Decision => ({ refused: 'reuse_detected', notRetried });
  if (window === 0) return reuse('retries_off');
  if (elapsed > window) return reuse('after_window');
  if (!row.replacedById) return reuse('ended_sibling');
  if (now >= row.expiresAt) return { refused: 'absolute_timeout' };
  if (!active) return { refused: 'account_disabled' };
  const issued = await tx.refreshSession.findUnique({ where: { id: row.replacedById } });
  if (!issued || issued.rotatedAt !== null || issued.revokedAt !== null) return reuse('successor_used');
  if (issued.ip !== context.ip) return reuse('other_address');
  if (issued.userAgent !== context.userAgent) return reuse('other_browser');

  const next = newRefreshToken();
  await tx.refreshSession.create({ data: successorOf(deps, row, uuid7(now), next, activity) });
  await appendAudit(tx, deps, {
    action: 'session_refresh_retried',
    ...auditedOwner(owner),
    details: { familyId: row.familyId, secondsAfterRotation: Math.round(elapsed / SECOND) },
  });
  return { refreshToken: next };
}

/** The row a rotation writes: the same family, owner and limits, used now, from this client. */
function successorOf(
  deps: SessionDeps<PrismaClient>,
  row: RefreshRow,
  id: string,
  token: string,
  activity: ReportedActivity,
) {
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
    lastActivityAt: lastActivity(row, activity, now),
    expiresAt: row.expiresAt,
    ip: deps.context.ip,
    userAgent: deps.context.userAgent,
  };
}
