// Parents who chose "email me notices" (customer_accounts.notify_notices_by_email, with a confirmed
// email) get each public or customer notice ONCE, when it is — or becomes — active: not when a
// notice is only scheduled, and never again after an edit. Two steps:
// 1. claim: a conditional UPDATE … WHERE announced_at IS NULL marks every due notice announced. It is
//    cheap and runs in the admin's save (a notice active at once) and every minute in the notices job
//    (a scheduled one whose start has come, an outage notice whose switch was turned off). Of
//    instances claiming at once, the first UPDATE locks the row and the others find it announced.
// 2. write: the notices job writes the claimed notices' emails to the outbox in batches of accounts
//    (INSERT … SELECT, keyset by account id), each batch in its own short transaction that also
//    moves the notice's cursor under a lock of the notice row: a million parents never sit in one
//    transaction or in memory, the admin's save never waits for them, and a job that stops half way
//    (or two jobs at once) resumes after the cursor, so nobody is emailed twice.
// Each row's subject prefix and closing line are in the parent's language (picked in the SQL).
// Staff notices are never emailed.
import { Prisma, type PrismaClient } from '@cos/db';
// The email's frame (subject prefix, closing line) in both languages; lib/ may read email/ data.
import { NOTICE_EMAIL_FRAME } from '../email/templates.ts';

/** A notice that the portal shows now: started, not ended, not retired, not hidden by its switch. */
const shownNow = (now: Date) => Prisma.sql`
  n.retired_at IS NULL
  AND (n.starts_at IS NULL OR n.starts_at <= ${now})
  AND (n.ends_at IS NULL OR n.ends_at > ${now})
  AND (n.feature_key IS NULL OR NOT EXISTS (SELECT 1 FROM feature_switches f WHERE f.key = n.feature_key AND f.enabled))`;

/** Claims the notices due for announcement (only `noticeId`, when given); answers how many. */
export async function announceDueNotices(
  db: Prisma.TransactionClient,
  now: Date,
  noticeId?: string,
): Promise<number> {
  const only = noticeId ? Prisma.sql`AND n.id = ${noticeId}::uuid` : Prisma.empty;
  return db.$executeRaw`
    UPDATE notices n SET announced_at = ${now}
     WHERE n.announced_at IS NULL AND n.audience IN ('public', 'customer') AND ${shownNow(now)} ${only}`;
}

export const NOTICE_EMAIL_BATCH = 5_000;

/**
 * Writes one batch of a claimed notice's emails; answers how many were written, 0 when the notice
 * is done (or not claimed). Ids are UUIDv7 from `now`, like Prisma's.
 */
export async function writeNoticeEmailBatch(
  db: PrismaClient,
  now: Date,
  noticeId: string,
  batchSize = NOTICE_EMAIL_BATCH,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const [notice] = await tx.$queryRaw<Array<{ cursor: string | null }>>`
      SELECT emails_cursor::text AS cursor FROM notices
       WHERE id = ${noticeId}::uuid AND announced_at IS NOT NULL AND emails_written_at IS NULL
       FOR UPDATE`;
    if (!notice) return 0;
    const { en, es } = NOTICE_EMAIL_FRAME;
    const after = notice.cursor ? Prisma.sql`AND a.id > ${notice.cursor}::uuid` : Prisma.empty;
    const [written] = await tx.$queryRaw<Array<{ count: number; last: string | null }>>`
      WITH batch AS (
        SELECT a.id, a.email, a.preferred_language
          FROM customer_accounts a
         WHERE a.notify_notices_by_email AND a.status = 'active' AND a.email_confirmed_at IS NOT NULL
           AND a.email IS NOT NULL AND a.email <> '' ${after}
         ORDER BY a.id
         LIMIT ${batchSize}
      ), inserted AS (
        INSERT INTO email_outbox (id, to_address, subject, body, language, created_at, next_attempt_at)
        SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                 PLACING substring(int8send((extract(epoch FROM ${now}::timestamptz) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
               b.email,
               CASE WHEN b.preferred_language = 'es' THEN ${es.subjectPrefix} ELSE ${en.subjectPrefix} END || n.title,
               n.body || E'\n\n' || CASE WHEN b.preferred_language = 'es' THEN ${es.footer} ELSE ${en.footer} END,
               CASE WHEN b.preferred_language = 'es' THEN 'es' ELSE 'en' END, ${now}, ${now}
          FROM batch b CROSS JOIN notices n
         WHERE n.id = ${noticeId}::uuid
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM inserted)::int AS count,
             (SELECT id::text FROM batch ORDER BY id DESC LIMIT 1) AS last`;
    const count = written?.count ?? 0;
    await tx.notice.update({
      where: { id: noticeId },
      data:
        count < batchSize
          ? { emailsCursor: written?.last ?? notice.cursor, emailsWrittenAt: now }
          : { emailsCursor: written?.last ?? notice.cursor },
    });
    return count;
  });
}

/** The notices job: claims what is due, then writes every claimed notice's emails batch by batch. */
export async function runNoticeAnnouncements(deps: {
  db: PrismaClient;
  clock: { now(): Date };
}): Promise<{ claimed: number; emails: number }> {
  const claimed = await announceDueNotices(deps.db, deps.clock.now());
  const pending = await deps.db.notice.findMany({
    where: { announcedAt: { not: null }, emailsWrittenAt: null },
    select: { id: true },
    orderBy: { announcedAt: 'asc' },
  });
  let emails = 0;
  for (const { id } of pending) {
    for (;;) {
      const written = await writeNoticeEmailBatch(deps.db, deps.clock.now(), id);
      emails += written;
      if (written < NOTICE_EMAIL_BATCH) break;
    }
  }
  return { claimed, emails };
}

/** Whether a loaded notice row is due for announcement (the same test as the claim above). */
export const awaitsAnnouncement = (row: { audience: string; announcedAt: Date | null }) =>
  row.announcedAt === null && row.audience !== 'staff';
