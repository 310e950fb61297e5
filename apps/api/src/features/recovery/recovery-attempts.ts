// The recovery limits (docs/product.md §3.4, §5), kept in verification_attempts under keyed hashes:
// - starts: 5 per SSN in 24 hours, counted for every SSN typed, registered or not;
// - answer sets: 3 failures in 24 hours lock recovery for 24 hours. A real account's lock is its
//   recovery_locked_until column (the console shows and lifts it); a decoy identity is locked the
//   same way through a lock row, so the answers a stranger sees never depend on whether an account
//   exists. A lock or a success starts the count again.
// Each key's checks are serialised with a transaction-scoped advisory lock, and an answer attempt
// is reserved (counted as a failure) before any argon2 verification, so parallel guesses cannot
// slip past the limit: once the reservations fill it, further attempts verify nothing.
import type { Prisma, PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import type { Clock } from '../../lib/clock.ts';
import { lockKeys } from '../registration/attempts.ts';

const START = 'recovery_start';
const ANSWER = 'recovery_answer';
const LOCK = 'recovery_lock';
const TOKEN_USED = 'recovery_token_used';
const HOUR = 3_600_000;
/** Stands in for a decoy's account, so both kinds of subject run the same statements. Matches no row. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

type Deps = { db: PrismaClient; clock: Clock; policy: SecurityPolicy };
type TxDeps = { db: Prisma.TransactionClient; clock: Clock };

/** Counts a start against the SSN's limit; false (and nothing counted) once the limit is reached. */
export async function admitStart({ db, clock, policy }: Deps, ssnKey: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockKeys(tx, [ssnKey]);
    const now = clock.now();
    const since = new Date(now.getTime() - policy.recovery.startWindowHours * HOUR);
    const starts = await tx.verificationAttempt.count({
      where: { kind: START, keyHash: ssnKey, occurredAt: { gt: since } },
    });
    if (starts >= policy.recovery.maxStartsPerSsn) return false;
    await tx.verificationAttempt.create({
      data: { kind: START, keyHash: ssnKey, succeeded: true, occurredAt: now },
    });
    return true;
  });
}

export type AnswerReservation =
  | { kind: 'reserved'; attemptId: string; failuresBefore: number }
  | { kind: 'locked' }
  /** The token already served a successful recovery. */
  | { kind: 'token_used' };

/** Reserves one answer attempt for the subject (an account, or a decoy identity), or refuses. */
export async function reserveAnswerAttempt(
  { db, clock, policy }: Deps,
  subject: { subjectKey: string; accountId: string | null; tokenKey: string },
): Promise<AnswerReservation> {
  const { maxFailedAnswerSets, failedAnswerWindowHours, lockHours } = policy.recovery;
  return db.$transaction(async (tx): Promise<AnswerReservation> => {
    await lockKeys(tx, [subject.subjectKey]);
    const now = clock.now();
    if (
      await tx.verificationAttempt.findFirst({
        where: { kind: TOKEN_USED, keyHash: subject.tokenKey },
        select: { id: true },
      })
    ) {
      return { kind: 'token_used' };
    }
    const lookBack = new Date(now.getTime() - Math.max(failedAnswerWindowHours, lockHours) * HOUR);
    const history = await tx.verificationAttempt.findMany({
      where: { keyHash: subject.subjectKey, kind: { in: [ANSWER, LOCK] }, occurredAt: { gt: lookBack } },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      select: { kind: true, succeeded: true, occurredAt: true },
    });

    const lastLock = history.find((row) => row.kind === LOCK);
    const account = await tx.customerAccount.findUnique({
      where: { id: subject.accountId ?? NO_ACCOUNT },
      select: { recoveryLockedUntil: true },
    });
    const lockedUntil = subject.accountId
      ? account?.recoveryLockedUntil
      : lastLock && new Date(lastLock.occurredAt.getTime() + lockHours * HOUR);
    if (lockedUntil && lockedUntil > now) return { kind: 'locked' };

    // Failures since the last lock or success, inside the window (pending reservations included).
    const windowStart = now.getTime() - failedAnswerWindowHours * HOUR;
    let failures = 0;
    for (const row of history) {
      if (row.kind === LOCK || row.succeeded) break;
      if (row.occurredAt.getTime() > windowStart) failures += 1;
    }
    if (failures >= maxFailedAnswerSets) return { kind: 'locked' };

    const attempt = await tx.verificationAttempt.create({
      data: { kind: ANSWER, keyHash: subject.subjectKey, succeeded: false, occurredAt: now },
      select: { id: true },
    });
    return { kind: 'reserved', attemptId: attempt.id, failuresBefore: failures };
  });
}

/** A failed answer set stays counted; the one that reaches the limit locks. Returns the lock's end. */
export async function settleFailure(
  { db, clock, policy }: Deps,
  subject: { subjectKey: string; accountId: string | null; failuresBefore: number },
): Promise<Date | null> {
  if (subject.failuresBefore + 1 < policy.recovery.maxFailedAnswerSets) return null;
  const now = clock.now();
  const lockedUntil = new Date(now.getTime() + policy.recovery.lockHours * HOUR);
  await db.$transaction(async (tx) => {
    await tx.verificationAttempt.create({
      data: { kind: LOCK, keyHash: subject.subjectKey, succeeded: true, occurredAt: now },
    });
    await tx.customerAccount.updateMany({
      where: { id: subject.accountId ?? NO_ACCOUNT },
      data: { recoveryLockedUntil: lockedUntil, updatedAt: now },
    });
  });
  return lockedUntil;
}

/** The reserved attempt succeeded (the count starts again) and its token is spent. */
export async function settleSuccess(
  { db, clock }: TxDeps,
  attempt: { attemptId: string; tokenKey: string },
): Promise<void> {
  await db.verificationAttempt.update({ where: { id: attempt.attemptId }, data: { succeeded: true } });
  await db.verificationAttempt.create({
    data: { kind: TOKEN_USED, keyHash: attempt.tokenKey, succeeded: true, occurredAt: clock.now() },
  });
}

/** An attempt that was neither a failure nor a success (right answers, proof still to come). */
export async function releaseAttempt({ db }: Pick<Deps, 'db'>, attemptId: string): Promise<void> {
  await db.verificationAttempt.deleteMany({ where: { id: attemptId } });
}
