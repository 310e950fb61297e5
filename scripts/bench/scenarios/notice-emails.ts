// A notice announced to N opted-in parents with confirmed addresses (1,000,000 by default;
// BENCH_NOTICE_PARENTS): how long the admin's part takes (the claim, in the save's transaction) and
// how long the notices job takes to write every email to the outbox in batches
// (lib/notice-announcement.ts). Target (issue 13): under 5 minutes for a million. Runs on a database
// of its own (an embedded PostgreSQL in .data/bench-notice-emails, or BENCH_DATABASE_URL), filled by
// SQL with synthetic parents (the full data generator takes far longer and is not needed here).
import { performance } from 'node:perf_hooks';
import { createDb, migrate, startEmbeddedPostgres } from '@cos/db';
import { announceDueNotices, runNoticeAnnouncements } from '../../../apps/api/src/lib/notice-announcement.ts';
import { migrationsDir, repoRoot } from '../../../apps/api/src/lib/paths.ts';
import { machineLine, table, writeSection } from '../report.ts';

const TARGET_SECONDS = 300;

export async function noticeEmailsScenario() {
  const parents = Number(process.env['BENCH_NOTICE_PARENTS'] ?? 1_000_000);
  const embedded = process.env['BENCH_DATABASE_URL']
    ? undefined
    : await startEmbeddedPostgres({ dataDir: `${repoRoot}/.data/bench-notice-emails/pg` });
  const url = process.env['BENCH_DATABASE_URL'] ?? embedded?.url ?? '';
  const log = { info: () => undefined, warn: console.warn, error: console.error };
  await migrate({ url, migrationsDir, log });
  const db = createDb({ url, poolMax: 4, statementTimeoutMs: 600_000 });
  try {
    const have = await db.prisma.customerAccount.count({ where: { userId: { startsWith: 'bench.' } } });
    if (have < parents) {
      const fillStarted = performance.now();
      for (let from = have + 1; from <= parents; from += 100_000) {
        const to = Math.min(parents, from + 99_999);
        await db.prisma.$executeRawUnsafe(`
          WITH p AS (
            INSERT INTO people (id, first_name, last_name, date_of_birth, ssn_ciphertext, ssn_hash, ssn_last4, email, created_at, updated_at)
            SELECT gen_random_uuid(), 'Bench', 'Parent', DATE '1980-01-01', '\\x00'::bytea, 'bench-' || g, lpad((g % 10000)::text, 4, '0'),
                   'bench.' || g || '@bench.example', now(), now()
              FROM generate_series(${from}, ${to}) g
            RETURNING id, email)
          INSERT INTO customer_accounts (id, person_id, user_id, user_id_normalized, password_hash, email, email_confirmed_at,
                                         notify_notices_by_email, preferred_language, created_at, updated_at)
          SELECT gen_random_uuid(), p.id, split_part(p.email, '@', 1), split_part(p.email, '@', 1), 'x', p.email, now(),
                 true, CASE WHEN random() < 0.2 THEN 'es' ELSE 'en' END, now(), now()
            FROM p`);
      }
      await db.prisma.$executeRawUnsafe('VACUUM ANALYZE customer_accounts');
      console.log(
        `filled ${parents - have} parents in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s`,
      );
    }
    await db.prisma.$executeRawUnsafe('TRUNCATE email_outbox');
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE email_outbox');
    const now = new Date();
    const notice = await db.prisma.notice.create({
      data: {
        title: 'Benchmark notice',
        body: 'Offices close early on Friday.',
        audience: 'public',
        createdAt: now,
        updatedAt: now,
      },
    });

    // The admin's save: only the claim (the route's transaction also writes the notice and its audit).
    const saveStarted = performance.now();
    await db.prisma.$transaction((tx) => announceDueNotices(tx, now, notice.id));
    const saveMs = performance.now() - saveStarted;

    const jobStarted = performance.now();
    const { emails } = await runNoticeAnnouncements({ db: db.prisma, clock: { now: () => new Date() } });
    const jobSeconds = (performance.now() - jobStarted) / 1000;
    const opted = await db.prisma.customerAccount.count({
      where: { notifyNoticesByEmail: true, emailConfirmedAt: { not: null }, status: 'active' },
    });
    const verdict = jobSeconds < TARGET_SECONDS ? 'meets the 5-minute target' : 'misses the 5-minute target';
    console.log(
      `claim ${saveMs.toFixed(1)} ms; ${emails} emails written in ${jobSeconds.toFixed(1)} s (${verdict})`,
    );
    writeSection(
      'Notice emails: one notice to every opted-in parent',
      `${machineLine()} ${opted.toLocaleString('en-US')} opted-in parents with confirmed addresses (synthetic, filled by SQL), a fresh outbox; batches of 5,000 accounts, each its own transaction.\n\n${table(
        ['step', 'time', 'rows'],
        [
          ["admin's save: claim the notice (in the request)", `${saveMs.toFixed(1)} ms`, 1],
          ['notices job: write every email to the outbox', `${jobSeconds.toFixed(1)} s`, emails],
          ['rate', `${Math.round(emails / jobSeconds).toLocaleString('en-US')} emails/s`, ''],
        ],
      )}\n\nThe job ${verdict} (${TARGET_SECONDS} s). Sending them is the outbox sender's work, paced by the relay.`,
    );
  } finally {
    await db.close();
    await embedded?.stop();
  }
}
