// Payment history with a running balance, keyset-paged newest first. The balance after a payment is
// everything charged up to that day minus everything paid up to and including it (reversed and
// pending payments do not count), computed in SQL over the whole case so filters and paging never
// change a row's figure. The cursor is the last row's (received_at, id): stable under inserts.
import type { PaymentPage, PaymentsQuery } from '@cos/contracts';
import { Prisma, type Db } from '@cos/db';
import { AGENCY_TIME_ZONE } from '../../lib/agency-time.ts';
import { badRequest } from '../../lib/errors.ts';

type PaymentRow = {
  id: string;
  received_at: Date;
  amount_cents: number;
  source: PaymentPage['items'][number]['source'];
  status: PaymentPage['items'][number]['status'];
  hold_reason: string | null;
  disbursed_at: Date | null;
  disbursement_method: PaymentPage['items'][number]['disbursementMethod'];
  balance_after: bigint | number;
};

function encodeCursor(row: PaymentRow): string {
  return Buffer.from(`${row.received_at.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(receivedAt.getTime())) {
    throw badRequest('The page cursor is not valid.', [
      { field: 'cursor', message: 'Start again from the first page.' },
    ]);
  }
  return { receivedAt, id };
}

export async function listPayments(db: Db, caseId: string, query: PaymentsQuery): Promise<PaymentPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const conditions = [Prisma.sql`TRUE`];
  if (after) conditions.push(Prisma.sql`(l.received_at, l.id) < (${after.receivedAt}, ${after.id}::uuid)`);
  if (query.from)
    conditions.push(
      Prisma.sql`(l.received_at AT TIME ZONE ${AGENCY_TIME_ZONE})::date >= ${query.from}::date`,
    );
  if (query.to)
    conditions.push(Prisma.sql`(l.received_at AT TIME ZONE ${AGENCY_TIME_ZONE})::date <= ${query.to}::date`);
  if (query.source) conditions.push(Prisma.sql`l.source = ${query.source}::payment_source`);

  const rows = await db.prisma.$queryRaw<PaymentRow[]>`
    WITH ledger AS (
      SELECT p.id, p.received_at, p.amount_cents, p.source, p.status, p.hold_reason, p.disbursed_at,
             p.disbursement_method,
             SUM(CASE WHEN p.status IN ('received', 'held', 'disbursed') THEN p.amount_cents ELSE 0 END)
               OVER (ORDER BY p.received_at, p.id ROWS UNBOUNDED PRECEDING) AS paid_to_date
        FROM payments p
       WHERE p.case_id = ${caseId}::uuid
    )
    SELECT l.id, l.received_at, l.amount_cents, l.source::text AS source, l.status::text AS status,
           l.hold_reason, l.disbursed_at, l.disbursement_method::text AS disbursement_method,
           (SELECT COALESCE(SUM(c.amount_cents), 0)
              FROM charges c
             WHERE c.case_id = ${caseId}::uuid
               AND c.due_date <= (l.received_at AT TIME ZONE ${AGENCY_TIME_ZONE})::date) - l.paid_to_date AS balance_after
      FROM ledger l
     WHERE ${Prisma.join(conditions, ' AND ')}
     ORDER BY l.received_at DESC, l.id DESC
     LIMIT ${query.limit + 1}`;

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      receivedAt: row.received_at.toISOString(),
      amountCents: row.amount_cents,
      source: row.source,
      status: row.status,
      holdReason: row.hold_reason,
      disbursedAt: row.disbursed_at?.toISOString() ?? null,
      disbursementMethod: row.disbursement_method,
      balanceAfterCents: Number(row.balance_after),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** Owed and paid per calendar month (agency time), oldest first, for the chart and its table. */
export async function monthlyTotals(db: Db, caseId: string, now: Date, months = 24) {
  const rows = await db.prisma.$queryRaw<{ month: string; owed: bigint; paid: bigint }[]>`
    WITH months AS (
      SELECT generate_series(
               date_trunc('month', (${now}::timestamptz AT TIME ZONE ${AGENCY_TIME_ZONE})) - make_interval(months => ${months - 1}),
               date_trunc('month', (${now}::timestamptz AT TIME ZONE ${AGENCY_TIME_ZONE})),
               interval '1 month')::date AS month
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           (SELECT COALESCE(SUM(c.amount_cents), 0) FROM charges c
             WHERE c.case_id = ${caseId}::uuid AND date_trunc('month', c.due_date)::date = m.month) AS owed,
           (SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p
             WHERE p.case_id = ${caseId}::uuid AND p.status IN ('received', 'held', 'disbursed')
               AND date_trunc('month', p.received_at AT TIME ZONE ${AGENCY_TIME_ZONE})::date = m.month) AS paid
      FROM months m
     ORDER BY m.month`;
  return {
    items: rows.map((row) => ({
      month: row.month,
      owedCents: Number(row.owed),
      paidCents: Number(row.paid),
    })),
  };
}
