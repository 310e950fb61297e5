// Session families (docs/product.md §5). Signing in starts a family; refreshing rotates its token
// (refresh.service.ts); sign-out, sign-out everywhere, a password change, reuse and the time limits
// revoke it. Only sha256 hashes of refresh tokens are stored. Every authenticated request checks
// that its family is still live. A family belongs to a customer account or to a staff user (the
// console): the same rows, rotation and reuse detection, with the staff absolute limit (8 h).
import { randomUUID } from 'node:crypto';
import { Prisma, queryPrepared, type Db, type PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { appendAudit, type AuditEntry } from '../lib/audit.ts';
import type { Clock } from '../lib/clock.ts';
import { newRefreshToken, sha256Hex } from './hashing.ts';
import type { RequestContext } from '../lib/request-context.ts';
import { uuid7 } from '../lib/uuid7.ts';
import type { AccessClaims, SessionScope } from './tokens.ts';

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
  | 'password_reset'
  | 'account_disabled'
  | 'revoked_by_staff'
  | 'totp_enrolled'
  | 'staff_user_reset';

/** Whose sessions: refresh_sessions has a column for each kind of owner. */
export type SessionOwner = { kind: 'customer'; id: string } | { kind: 'staff'; id: string };

export const customerOwner = (accountId: string): SessionOwner => ({ kind: 'customer', id: accountId });
export const staffOwner = (staffUserId: string): SessionOwner => ({ kind: 'staff', id: staffUserId });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SessionRow {
  id: string;
  familyId: string;
  tokenHash: string;
  owner: SessionOwner;
  restricted: boolean;
  startedAt: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string | null;
}

/** A new family of any owner with its first refresh token, not yet written (see sessionInsert). */
export function newFamily(
  deps: Omit<SessionDeps, 'db'>,
  input: { owner: SessionOwner; restricted: boolean },
): { row: SessionRow; familyId: string; refreshToken: string } {
  const { clock, policy, context } = deps;
  const now = clock.now();
  const refreshToken = newRefreshToken();
  const familyId = randomUUID();
  const hours =
    input.owner.kind === 'staff' ? policy.session.staffAbsoluteHours : policy.session.absoluteHours;
  const row: SessionRow = {
    id: uuid7(now),
    familyId,
    tokenHash: sha256Hex(refreshToken),
    owner: input.owner,
    restricted: input.restricted,
    startedAt: now,
    expiresAt: new Date(now.getTime() + hours * HOUR),
    ip: context.ip,
    userAgent: context.userAgent,
  };
  return { row, familyId, refreshToken };
}

/** A new customer family, not yet written (see sessionInsert). */
export function newSession(
  deps: Omit<SessionDeps, 'db'>,
  input: { accountId: string; restricted: boolean },
): { row: SessionRow; issued: IssuedSession } {
  const { row, familyId, refreshToken } = newFamily(deps, {
    owner: customerOwner(input.accountId),
    restricted: input.restricted,
  });
  return {
    row,
    issued: {
      accountId: input.accountId,
      familyId,
      scope: input.restricted ? 'password-change' : 'full',
      refreshToken,
    },
  };
}

/** The INSERT of a new family's first row, as SQL (sign-in runs it inside a larger statement). */
export function sessionInsert(row: SessionRow): Prisma.Sql {
  const accountId = row.owner.kind === 'customer' ? row.owner.id : null;
  const staffUserId = row.owner.kind === 'staff' ? row.owner.id : null;
  return Prisma.sql`
    INSERT INTO refresh_sessions (id, family_id, token_hash, account_id, staff_user_id, restricted, created_at, family_started_at, last_used_at, expires_at, ip, user_agent)
    VALUES (${row.id}::uuid, ${row.familyId}::uuid, ${row.tokenHash}, ${accountId}::uuid, ${staffUserId}::uuid, ${row.restricted},
            ${row.startedAt}::timestamptz, ${row.startedAt}::timestamptz, ${row.startedAt}::timestamptz, ${row.expiresAt}::timestamptz,
            ${row.ip}, ${row.userAgent})`;
}

/** Starts a customer family now. `restricted` sessions may only change the password. */
export async function startSession(
  deps: SessionDeps,
  input: { accountId: string; restricted: boolean },
): Promise<IssuedSession> {
  const { row, issued } = newSession(deps, input);
  await deps.db.$executeRaw(sessionInsert(row));
  return issued;
}

/** Starts a family of any owner now. */
export async function startFamily(
  deps: SessionDeps,
  input: { owner: SessionOwner; restricted: boolean },
): Promise<{ familyId: string; refreshToken: string }> {
  const { row, familyId, refreshToken } = newFamily(deps, input);
  await deps.db.$executeRaw(sessionInsert(row));
  return { familyId, refreshToken };
}

/**
 * Revokes one family, or every family of the account (optionally but one), and audits it.
 * Returns how many families were still live.
 */
export async function revokeSessions(
  deps: SessionDeps,
  target: { accountId: string; familyId?: string; reason: RevokeReason },
): Promise<number> {
  return revokeFamilies(deps, {
    owner: customerOwner(target.accountId),
    familyId: target.familyId,
    reason: target.reason,
  });
}

/**
 * Revokes one family or every family of an owner (optionally but one: `exceptFamilyId`, the
 * session that asked, e.g. a staff password change). Audited as `session_revoked` unless the caller
 * records the revocation in an event of its own (`audit: false`, e.g. a staff action that must
 * leave exactly one row). Returns how many families were still live.
 */
export async function revokeFamilies(
  deps: SessionDeps,
  target: {
    owner: SessionOwner;
    familyId?: string | undefined;
    exceptFamilyId?: string | undefined;
    reason: RevokeReason;
    /** For reuse: why the token was not taken as a retry (refresh.service.ts). */
    notRetried?: string | undefined;
  },
  options: { audit?: boolean } = {},
): Promise<number> {
  const { db, clock } = deps;
  const ownedBy =
    target.owner.kind === 'customer' ? { accountId: target.owner.id } : { staffUserId: target.owner.id };
  const which = target.familyId
    ? { familyId: target.familyId }
    : target.exceptFamilyId
      ? { familyId: { not: target.exceptFamilyId } }
      : {};
  const where = { ...ownedBy, revokedAt: null, ...which };
  const revoke = async (tx: Prisma.TransactionClient) => {
    const families = await tx.refreshSession.findMany({
      where,
      select: { familyId: true },
      distinct: ['familyId'],
    });
    // Each family's rotation lock, in one order: a rotation in flight finishes first and its new row
    // is then revoked too; two revocations never wait on each other crosswise.
    for (const familyId of families.map((family) => family.familyId).sort()) await lockFamily(tx, familyId);
    if (families.length > 0)
      await tx.refreshSession.updateMany({
        where,
        data: { revokedAt: clock.now(), revokedReason: target.reason },
      });
    return families;
  };
  // Advisory locks need a transaction: the caller's, or one of its own.
  const live =
    '$transaction' in db && typeof db.$transaction === 'function'
      ? await (db as unknown as PrismaClient).$transaction(revoke)
      : await revoke(db);
  if (live.length === 0) return 0;
  if (options.audit === false) return live.length;
  const details = {
    reason: target.reason,
    sessions: live.length,
    ...(target.familyId ? { familyId: target.familyId } : {}),
    ...(target.notRetried ? { notRetried: target.notRetried } : {}),
  };
  const outcome = target.reason === 'reuse_detected' ? 'denied' : 'success';
  await appendAudit(db, deps, { action: 'session_revoked', outcome, ...auditedOwner(target.owner), details });
  return live.length;
}

/** Whose session an audit event is about: the customer account, or the staff user acting on their own. */
export function auditedOwner(owner: SessionOwner): Pick<AuditEntry, 'accountId' | 'actor' | 'subject'> {
  return owner.kind === 'customer'
    ? { accountId: owner.id }
    : { actor: { type: 'staff', id: owner.id }, subject: { type: 'staff_user', id: owner.id } };
}

/**
 * Serialises everything that changes one session family's rows — a rotation, a retry, a
 * revocation — until the calling transaction ends.
 */
export async function lockFamily(tx: Prisma.TransactionClient, familyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${familyId}, 0))`;
}

/** The family of a refresh token, if the token is one of ours (for sign-out). */
export async function familyOfRefreshToken(db: Prisma.TransactionClient, refreshToken: string) {
  return db.refreshSession.findUnique({
    where: { tokenHash: sha256Hex(refreshToken) },
    select: { familyId: true, accountId: true, staffUserId: true },
  });
}

export type SessionFamilyRow = { account_id: string | null; revoked: boolean; expires_at: Date };

/**
 * The session check's one statement: two index probes on (family_id, revoked_at, rotated_at),
 * however many rows the family has; owner and limit are the same on every row. Also run by the
 * case-detail benchmark's data floor (scripts/bench/data-floor-server.ts).
 */
export function sessionActiveQuery(familyId: string): Prisma.Sql {
  return Prisma.sql`SELECT account_id, expires_at,
                           EXISTS (SELECT 1 FROM refresh_sessions r WHERE r.family_id = ${familyId}::uuid AND r.revoked_at IS NOT NULL) AS revoked
                      FROM refresh_sessions WHERE family_id = ${familyId}::uuid LIMIT 1`;
}

/**
 * Whether the access token's session family is still live: run on EVERY authenticated request, so
 * it is a named prepared statement on the pool (Prisma's query path cost several times more per
 * call; see packages/db/src/prepared.ts). A signed access token is honoured only while no row of its
 * family is revoked and the family is within its absolute limit, so sign-out and a password change
 * take effect at once rather than when the token expires. Any revoked row counts, not only the
 * newest: a rotation committing while a revocation runs can leave its new row outside the revoking
 * UPDATE's snapshot.
 */
export async function isSessionActive(
  pool: Db['pool'],
  clock: Clock,
  claims: AccessClaims,
): Promise<boolean> {
  const [family] = await queryPrepared<SessionFamilyRow>(
    pool,
    'session-active',
    sessionActiveQuery(claims.sid),
  );
  return (
    family !== undefined &&
    family.account_id === claims.sub &&
    !family.revoked &&
    family.expires_at > clock.now()
  );
}
