// When a supervisor publishes a notice for the public or for customers, the parents who chose
// "email me notices" (customer_accounts.notify_notices_by_email) get it by email. This runs after
// the notice is committed and through app.mailer (the outbox in development): a notice must not be
// held back by a slow or failing mail transport, and a failed message is logged, never retried
// here. Staff notices are not emailed.
import type { AdminNotice } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import type { Mailer } from '../../lib/mailer.ts';

export interface NoticeEmailDeps {
  db: Prisma.TransactionClient;
  mailer: Mailer;
  log: { warn(details: Record<string, unknown>, message: string): void };
}

// Read in pages, so a large opted-in list never sits in memory at once.
const PAGE = 500;

export async function emailNoticeSubscribers(deps: NoticeEmailDeps, notice: AdminNotice): Promise<number> {
  if (notice.audience === 'staff' || notice.status === 'retired' || notice.status === 'expired') return 0;
  let sent = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await deps.db.customerAccount.findMany({
      where: { notifyNoticesByEmail: true, email: { not: null }, status: 'active' },
      select: { id: true, email: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const account of page) {
      if (!account.email) continue;
      try {
        await deps.mailer.send({ to: account.email, subject: `DCSS notice: ${notice.title}`, body: notice.body });
        sent += 1;
      } catch (error) {
        deps.log.warn({ accountId: account.id, error: error instanceof Error ? error.name : 'unknown' }, 'notice email not sent');
      }
    }
    if (page.length < PAGE) return sent;
    cursor = page.at(-1)?.id;
  }
}
