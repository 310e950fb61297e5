// Failed identity checks, counted per case number and per SSN in a sliding window (5 in 24 h by
// default). The keys are keyed hashes, so the table never holds either value. Checks for the same
// key are serialised with transaction-scoped advisory locks, so parallel attempts cannot all slip
// under the limit.
import type { Prisma } from '@cos/db';
import type { KeyedHasher, SecurityPolicy } from '@cos/security';
import type { Clock } from '../../lib/clock.ts';

const KIND = 'registration_verify';

export function attemptKeys(keyedHash: KeyedHasher, caseNumber: string, ssnDigits: string | null): string[] {
  const keys = [keyedHash('registration case number', caseNumber)];
  if (ssnDigits) keys.push(keyedHash('registration ssn', ssnDigits));
  return keys.sort();
}

export async function lockKeys(tx: Prisma.TransactionClient, keys: readonly string[]): Promise<void> {
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 7265))`;
}

/** The most failures recorded for any of the keys inside the window. */
export async function recentFailures(
  deps: { db: Prisma.TransactionClient; clock: Clock; policy: SecurityPolicy },
  keys: readonly string[],
): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - deps.policy.registration.windowHours * 3_600_000);
  const counts = await deps.db.verificationAttempt.groupBy({
    by: ['keyHash'],
    where: { kind: KIND, keyHash: { in: [...keys] }, succeeded: false, occurredAt: { gt: since } },
    _count: { _all: true },
  });
  return Math.max(0, ...counts.map((row) => row._count._all));
}

export async function recordAttempt(
  deps: { db: Prisma.TransactionClient; clock: Clock },
  keys: readonly string[],
  succeeded: boolean,
): Promise<void> {
  const occurredAt = deps.clock.now();
  await deps.db.verificationAttempt.createMany({
    data: keys.map((keyHash) => ({ kind: KIND, keyHash, succeeded, occurredAt })),
  });
}
