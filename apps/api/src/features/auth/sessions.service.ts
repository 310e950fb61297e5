// Session families (SPEC.md §5). Signing in starts a family; refreshing rotates its token
// (refresh.service.ts); sign-out, sign-out everywhere, a password change, reuse and the time limits
// revoke it. Only sha256 hashes of refresh tokens are stored. Every authenticated request checks
// that its family is still live.
import { randomUUID } from 'node:crypto';
import { Prisma } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { newRefreshToken, sha256Hex } from '../../lib/hashing.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { uuid7 } from '../../lib/uuid7.ts';
import type { AccessClaims, SessionScope } from '../../lib/tokens.ts';

export interface SessionDeps<D = Prisma.TransactionClient> {
  db: D;
  clock: Clock;
  policy: SecurityPolicy;
  context: RequestContext;
}

export interface IssuedSession {
  accountId: string;
  familyId: string;
  scope: SessionScope;
  refreshToken: string;
}

export type RevokeReason =
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'reuse_detected'
  | 'idle_timeout'
  | 'absolute_timeout'
  | 'password_changed'
  | 'account_disabled';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SessionRow {
  id: string;
  familyId: string;
  tokenHash: string;
  accountId: string;
  restricted: boolean;
  startedAt: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string | null;
}

/** A new family with its first refresh token, not yet written (see sessionInsert). */
export function newSession(deps: Omit<SessionDeps, 'db'>, input: { accountId: string; restricted: boolean }): { row: SessionRow; issued: IssuedSession } {
  const { clock, policy, context } = deps;
  const now = clock.now();
  const refreshToken = newRefreshToken();
  const familyId = randomUUID();
  const row: SessionRow = {
    id: uuid7(now),
    familyId,
    tokenHash: sha256Hex(refreshToken),
    accountId: input.accountId,
    restricted: input.restricted,
    startedAt: now,
    expiresAt: new Date(now.getTime() + policy.session.absoluteHours * HOUR),
    ip: context.ip,
    userAgent: context.userAgent,
  };
  return { row, issued: { accountId: input.accountId, familyId, scope: input.restricted ? 'password-change' : 'full', refreshToken } };
}

/** The INSERT of a new family's first row, as SQL (sign-in runs it inside a larger statement). */
export function sessionInsert(row: SessionRow): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO refresh_sessions (id, family_id, token_hash, account_id, restricted, created_at, family_started_at, last_used_at, expires_at, ip, user_agent)
    VALUES (${row.id}::uuid, ${row.familyId}::uuid, ${row.tokenHash}, ${row.accountId}::uuid, ${row.restricted},
            ${row.startedAt}::timestamptz, ${row.startedAt}::timestamptz, ${row.startedAt}::timestamptz, ${row.expiresAt}::timestamptz,
            ${row.ip}, ${row.userAgent})`;
}

/** Starts a family now. `restricted` sessions may only change the password. */
export async function startSession(deps: SessionDeps, input: { accountId: string; restricted: boolean }): Promise<IssuedSession> {
  const { row, issued } = newSession(deps, input);
  await deps.db.$executeRaw(sessionInsert(row));
  return issued;
}

/**
 * Revokes one family, or every family of the account (optionally but one), and audits it.
 * Returns how many families were still live.
 */
export async function revokeSessions(
  deps: SessionDeps,
  target: { accountId: string; familyId?: string; reason: RevokeReason },
): Promise<number> {
  const { db, clock } = deps;
  const where = { accountId: target.accountId, revokedAt: null, ...(target.familyId ? { familyId: target.familyId } : {}) };
  const live = await db.refreshSession.findMany({ where, select: { familyId: true }, distinct: ['familyId'] });
  if (live.length === 0) return 0;
  await db.refreshSession.updateMany({ where, data: { revokedAt: clock.now(), revokedReason: target.reason } });
  await appendAudit(db, deps, {
    action: 'session_revoked',
    outcome: target.reason === 'reuse_detected' ? 'denied' : 'success',
    accountId: target.accountId,
    details: { reason: target.reason, sessions: live.length, ...(target.familyId ? { familyId: target.familyId } : {}) },
  });
  return live.length;
}

/** The family of a refresh token, if the token is one of ours (for sign-out). */
export async function familyOfRefreshToken(db: Prisma.TransactionClient, refreshToken: string) {
  return db.refreshSession.findUnique({
    where: { tokenHash: sha256Hex(refreshToken) },
    select: { familyId: true, accountId: true },
  });
}

/**
 * Every authenticated request asks this (one indexed lookup by family): a signed access token is
 * honoured only while its family is neither revoked nor past its absolute limit, so sign-out and a
 * password change take effect at once rather than when the token expires.
 */
export async function isSessionActive(db: Prisma.TransactionClient, clock: Clock, claims: AccessClaims): Promise<boolean> {
  const newest = await db.refreshSession.findFirst({
    where: { familyId: claims.sid },
    orderBy: { createdAt: 'desc' },
    select: { accountId: true, revokedAt: true, expiresAt: true },
  });
  return newest !== null && newest.accountId === claims.sub && newest.revokedAt === null && newest.expiresAt > clock.now();
}
