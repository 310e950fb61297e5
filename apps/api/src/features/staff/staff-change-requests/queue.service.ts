// The console's change request queue (docs/product.md §6): submitted requests first, oldest first — the
// order a caseworker works them in — then reviewed ones, keyset-paged on (submitted?, created_at,
// id). Listing shows customer names and requested details, so it is a staff read: audited, fail closed.
import type { ChangeRequestKind, StaffChangeRequestPage, StaffChangeRequestQuery } from '@cos/contracts';
import { Prisma } from '@cos/db';
import { badRequest } from '../../../lib/errors.ts';
import { valuesOf } from '../../change-requests/change-request-values.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

type Row = {
  id: string;
  kind: ChangeRequestKind;
  payload: Prisma.JsonValue;
  status: 'submitted' | 'accepted' | 'rejected';
  review_reason: string | null;
  created_at: Date;
  reviewed_at: Date | null;
  account_id: string;
  user_id: string;
  first_name: string;
  last_name: string;
  reviewed: boolean;
};

const encodeCursor = (row: Row) =>
  Buffer.from(`${row.reviewed ? 1 : 0}|${row.created_at.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [reviewed, at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (
    (reviewed !== '0' && reviewed !== '1') ||
    !id ||
    !/^[0-9a-f-]{36}$/.test(id) ||
    Number.isNaN(createdAt.getTime())
  ) {
    throw badRequest('The page cursor is not valid.', [
      { field: 'cursor', message: 'Start again from the first page.' },
    ]);
  }
  return { reviewed: reviewed === '1', createdAt, id };
}

export async function listChangeRequestQueue(
  deps: StaffDeps,
  query: StaffChangeRequestQuery,
): Promise<StaffChangeRequestPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const conditions = [Prisma.sql`TRUE`];
  if (query.status) conditions.push(Prisma.sql`cr.status = ${query.status}::review_status`);
  if (after)
    conditions.push(
      Prisma.sql`(cr.status <> 'submitted', cr.created_at, cr.id) > (${after.reviewed}, ${after.createdAt}, ${after.id}::uuid)`,
    );
  return audited(
    deps,
    async (tx) => {
      const rows = await tx.$queryRaw<Row[]>`
        SELECT cr.id, cr.kind::text AS kind, cr.payload, cr.status::text AS status, cr.review_reason, cr.created_at, cr.reviewed_at,
               cr.account_id, a.user_id, p.first_name, p.last_name, cr.status <> 'submitted' AS reviewed
          FROM change_requests cr
          JOIN customer_accounts a ON a.id = cr.account_id
          JOIN people p ON p.id = cr.person_id
         WHERE ${Prisma.join(conditions, ' AND ')}
         ORDER BY cr.status <> 'submitted', cr.created_at, cr.id
         LIMIT ${query.limit + 1}`;
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          id: row.id,
          kind: row.kind,
          requested: valuesOf(row.payload),
          status: row.status,
          reviewReason: row.review_reason,
          createdAt: row.created_at.toISOString(),
          reviewedAt: row.reviewed_at?.toISOString() ?? null,
          accountId: row.account_id,
          userId: row.user_id,
          customerName: `${row.first_name} ${row.last_name}`,
        })),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
      };
    },
    (page) => ({
      action: 'staff_change_requests_read',
      details: { status: query.status ?? 'all', results: page.items.length },
    }),
  );
}
