// Parents who chose "email me notices" (customer_accounts.notify_notices_by_email, with an email on
// file) get each public or customer notice ONCE, when it is — or becomes — active: not when a
// notice is only scheduled, and never again after an edit. One statement claims every due notice
// (a conditional UPDATE … WHERE announced_at IS NULL) and writes its emails to the outbox
// (email_outbox, the queue the mail sender drains) with INSERT … SELECT: no loop over accounts, no
// list in memory, nothing sent inside a request. It runs in the transaction that creates or edits a
// notice, and when a content-cache load finds a due, unannounced notice (a scheduled one that has
// started, or an outage notice whose switch was turned off). Of instances running it at once, the
// first UPDATE locks the row and the others find it announced: exactly one writes the emails.
// Staff notices are never emailed.
import { Prisma } from '@cos/db';

/** A notice that the portal shows now: started, not ended, not retired, not hidden by its switch. */
const shownNow = (now: Date) => Prisma.sql`
  n.retired_at IS NULL
  AND (n.starts_at IS NULL OR n.starts_at <= ${now})
  AND (n.ends_at IS NULL OR n.ends_at > ${now})
  AND (n.feature_key IS NULL OR NOT EXISTS (SELECT 1 FROM feature_switches f WHERE f.key = n.feature_key AND f.enabled))`;

/**
 * Claims the notices due for announcement (only `noticeId`, when given) and writes their emails to
 * the outbox; answers how many emails were written. Ids are UUIDv7 from `now`, like Prisma's.
 */
export async function announceDueNotices(
  db: Prisma.TransactionClient,
  now: Date,
  noticeId?: string,
): Promise<number> {
  const only = noticeId ? Prisma.sql`AND n.id = ${noticeId}::uuid` : Prisma.empty;
  return db.$executeRaw`
    WITH claimed AS (
      UPDATE notices n SET announced_at = ${now}
       WHERE n.announced_at IS NULL AND n.audience IN ('public', 'customer') AND ${shownNow(now)} ${only}
      RETURNING n.title, n.body
    )
    INSERT INTO email_outbox (id, to_address, subject, body, created_at)
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
             PLACING substring(int8send((extract(epoch FROM ${now}::timestamptz) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
           a.email, 'DCSS notice: ' || c.title, c.body, ${now}
      FROM claimed c
      CROSS JOIN customer_accounts a
     WHERE a.notify_notices_by_email AND a.status = 'active' AND a.email IS NOT NULL AND a.email <> ''`;
}

/** Whether a loaded notice row is due for announcement (the same test as the claim above). */
export const awaitsAnnouncement = (row: { audience: string; announcedAt: Date | null }) =>
  row.announcedAt === null && row.audience !== 'staff';
