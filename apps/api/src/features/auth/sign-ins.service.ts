// "Recent sign-ins" on the Security page: the last 20 session families of an account, newest
// first, each with when it began, when it was last used, an approximate device and whether it can
// still be used. The device comes from the User-Agent through bowser: good enough to tell "Chrome
// on Windows" from "Safari on iOS", never a fingerprint.
import type { SignInHistory } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import Bowser from 'bowser';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.ts';

const LIMIT = 20;

const FamilyRow = z.object({
  familyId: z.string(),
  signedInAt: z.coerce.date(),
  lastActiveAt: z.coerce.date(),
  expiresAt: z.coerce.date(),
  revoked: z.boolean(),
  userAgent: z.string().nullable(),
});

export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const parser = Bowser.getParser(userAgent);
  const browser = parser.getBrowserName();
  const os = parser.getOSName();
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || 'Unknown device';
}

export async function listSignIns(
  deps: { db: Prisma.TransactionClient; clock: Clock; policy: SecurityPolicy },
  input: { accountId: string; currentFamilyId: string },
): Promise<SignInHistory> {
  const { db, clock, policy } = deps;
  const raw = await db.$queryRaw`
    SELECT family_id::text AS "familyId",
           min(family_started_at) AS "signedInAt",
           max(last_used_at) AS "lastActiveAt",
           min(expires_at) AS "expiresAt",
           bool_or(revoked_at IS NOT NULL) AS "revoked",
           (array_agg(user_agent ORDER BY created_at))[1] AS "userAgent"
      FROM refresh_sessions
     WHERE account_id = ${input.accountId}::uuid
     GROUP BY family_id
     ORDER BY min(family_started_at) DESC, family_id
     LIMIT ${LIMIT}`;
  const now = clock.now().getTime();
  const idleMs = policy.session.idleMinutes * 60_000;
  return {
    items: z
      .array(FamilyRow)
      .parse(raw)
      .map((row) => ({
        id: row.familyId,
        signedInAt: row.signedInAt.toISOString(),
        lastActiveAt: row.lastActiveAt.toISOString(),
        device: describeDevice(row.userAgent),
        current: row.familyId === input.currentFamilyId,
        active: !row.revoked && row.expiresAt.getTime() > now && now - row.lastActiveAt.getTime() <= idleMs,
      })),
  };
}
