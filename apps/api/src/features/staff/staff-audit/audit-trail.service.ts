// The audit trail for supervisors (docs/product.md §6): "who viewed this account", what a staff member did,
// filtered by account, actor, action and dates, newest first, keyset-paged on (occurred_at, id),
// each event in plain words with the actor's name. The same filters give a CSV export. Reading the
// trail is itself an audit event, written in the read's transaction (fail closed).
import type { AuditTrailFilters, AuditTrailItem, AuditTrailPage, AuditTrailQuery } from '@cos/contracts';
import { Prisma } from '@cos/db';
import { z } from 'zod';
import { AGENCY_TIME_ZONE } from '../../../lib/agency-time.ts';
import { badRequest } from '../../../lib/errors.ts';
import { audited, type StaffAuditEvent } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { describeEvent } from './audit-words.ts';
import { csvLine } from './csv.ts';

export const CSV_ROW_LIMIT = 10_000;

const Row = z.object({
  id: z.coerce.string(),
  occurredAt: z.coerce.date(),
  action: z.string(),
  outcome: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  accountId: z.string().nullable(),
  accountUserId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.unknown(),
});
type Row = z.infer<typeof Row>;

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A day is the agency's day (America/New_York); a date-time is taken as given. */
function conditions(filters: AuditTrailFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.accountId) where.push(Prisma.sql`e.account_id = ${filters.accountId}::uuid`);
  if (filters.actorId) where.push(Prisma.sql`e.actor_id = ${filters.actorId}`);
  if (filters.action) where.push(Prisma.sql`e.action = ${filters.action}`);
  if (filters.from) {
    where.push(
      isDateOnly(filters.from)
        ? Prisma.sql`e.occurred_at >= (${filters.from}::date)::timestamp AT TIME ZONE ${AGENCY_TIME_ZONE}`
        : Prisma.sql`e.occurred_at >= ${new Date(filters.from)}::timestamptz`,
    );
  }
  if (filters.to) {
    where.push(
      isDateOnly(filters.to)
        ? Prisma.sql`e.occurred_at < (${filters.to}::date + 1)::timestamp AT TIME ZONE ${AGENCY_TIME_ZONE}`
        : Prisma.sql`e.occurred_at <= ${new Date(filters.to)}::timestamptz`,
    );
  }
  return where;
}

async function readRows(tx: Prisma.TransactionClient, where: Prisma.Sql[], limit: number): Promise<Row[]> {
  const rows = await tx.$queryRaw`
    SELECT e.id, e.occurred_at AS "occurredAt", e.action, e.outcome, e.actor_type AS "actorType", e.actor_id AS "actorId",
           COALESCE(su.display_name, actor_account.user_id) AS "actorName",
           e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.account_id::text AS "accountId",
           account.user_id AS "accountUserId", e.ip, e.request_id AS "requestId", e.details
      FROM audit_events e
      LEFT JOIN staff_users su
             ON e.actor_type = 'staff' AND e.actor_id ~ '^[0-9a-f-]{36}$' AND su.id = e.actor_id::uuid
      LEFT JOIN customer_accounts actor_account
             ON e.actor_type = 'customer' AND e.actor_id ~ '^[0-9a-f-]{36}$' AND actor_account.id = e.actor_id::uuid
      LEFT JOIN customer_accounts account ON account.id = e.account_id
     WHERE ${where.length > 0 ? Prisma.join(where, ' AND ') : Prisma.sql`TRUE`}
     ORDER BY e.occurred_at DESC, e.id DESC
     LIMIT ${limit}`;
  return z.array(Row).parse(rows);
}

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const detailsOf = (details: unknown) => z.record(z.string(), Scalar).catch({}).parse(details);

function toItem(row: Row): AuditTrailItem {
  const details = detailsOf(row.details);
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    outcome: row.outcome === 'failure' || row.outcome === 'denied' ? row.outcome : 'success',
    description: describeEvent({ action: row.action, outcome: row.outcome, details }),
    actor: {
      type: z.enum(['customer', 'staff', 'system', 'anonymous']).catch('system').parse(row.actorType),
      id: row.actorId,
      name: row.actorName,
    },
    subject: row.subjectType && row.subjectId ? { type: row.subjectType, id: row.subjectId } : null,
    accountId: row.accountId,
    accountUserId: row.accountUserId,
    ip: row.ip,
    requestId: row.requestId,
    details,
  };
}

const encodeCursor = (item: AuditTrailItem) =>
  Buffer.from(`${item.occurredAt}|${item.id}`).toString('base64url');

function decodeCursor(cursor: string): Prisma.Sql {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at);
  if (!/^\d{1,19}$/.test(id) || Number.isNaN(occurredAt.getTime())) {
    throw badRequest('The page cursor is not valid.', [
      { field: 'cursor', message: 'Start again from the first page.' },
    ]);
  }
  return Prisma.sql`(e.occurred_at, e.id) < (${occurredAt}::timestamptz, ${id}::bigint)`;
}

function readEvent(filters: AuditTrailFilters, format: 'json' | 'csv', results: number): StaffAuditEvent {
  return {
    action: 'staff_audit_read',
    accountId: filters.accountId ?? null,
    subject: { type: 'audit_trail', id: filters.accountId ?? filters.actorId ?? 'all' },
    details: {
      format,
      results,
      accountId: filters.accountId ?? null,
      actorId: filters.actorId ?? null,
      action: filters.action ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
    },
  };
}

export async function readAuditTrail(deps: StaffDeps, query: AuditTrailQuery): Promise<AuditTrailPage> {
  const where = conditions(query);
  if (query.cursor) where.push(decodeCursor(query.cursor));
  return audited(
    deps,
    async (tx) => {
      const rows = await readRows(tx, where, query.limit + 1);
      const items = rows.slice(0, query.limit).map(toItem);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
    },
    (page) => readEvent(query, 'json', page.items.length),
  );
}

const CSV_COLUMNS = [
  'occurred_at',
  'action',
  'outcome',
  'description',
  'actor_type',
  'actor_id',
  'actor_name',
  'account_id',
  'account_user_id',
  'subject_type',
  'subject_id',
  'ip',
  'request_id',
  'details',
];

/** The newest CSV_ROW_LIMIT events that match, as CSV text. */
export async function exportAuditCsv(
  deps: StaffDeps,
  filters: AuditTrailFilters,
): Promise<{ csv: string; rows: number }> {
  return audited(
    deps,
    async (tx) => {
      const items = (await readRows(tx, conditions(filters), CSV_ROW_LIMIT)).map(toItem);
      const lines = items.map((item) =>
        csvLine([
          item.occurredAt,
          item.action,
          item.outcome,
          item.description,
          item.actor.type,
          item.actor.id,
          item.actor.name,
          item.accountId,
          item.accountUserId,
          item.subject?.type,
          item.subject?.id,
          item.ip,
          item.requestId,
          JSON.stringify(item.details),
        ]),
      );
      return { csv: csvLine(CSV_COLUMNS) + lines.join(''), rows: items.length };
    },
    (result) => readEvent(filters, 'csv', result.rows),
  );
}
