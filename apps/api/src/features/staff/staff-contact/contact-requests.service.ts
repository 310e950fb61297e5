// Contact requests in the console (docs/product.md §6): agents read them oldest first (the longest wait is
// answered first), keyset-paged on (created_at, id), and answer them. Reading or answering shows a
// person's contact details, so each is one audit event in the same transaction (fail closed).
import type { StaffContactRequest, StaffContactRequestPage } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { z } from 'zod';
import { badRequest, DomainError, notFound } from '../../../lib/errors.ts';
import { caseTemplates } from '../../../email/case-templates.ts';
import { render } from '../../../email/templates.ts';
import type { Mailer } from '../../../lib/mailer.ts';
import { myContactRequestOf, myContactRequestSelect } from '../../contact/contact.service.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

const select = {
  ...myContactRequestSelect,
  id: true,
  name: true,
  email: true,
  phone: true,
  caseNumber: true,
  accountId: true,
  answeredBy: true,
} as const satisfies Prisma.ContactRequestSelect;

type Row = Prisma.ContactRequestGetPayload<{ select: typeof select }>;

/** answered_by is a staff user's id; the console shows their name. */
async function staffNames(tx: Prisma.TransactionClient, rows: Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.answeredBy ? [row.answeredBy] : [])))];
  if (ids.length === 0) return new Map();
  const users = await tx.staffUser.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

function itemOf(row: Row, names: Map<string, string>): StaffContactRequest {
  return {
    ...myContactRequestOf(row),
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    caseNumber: row.caseNumber,
    fromAccount: row.accountId !== null,
    answeredBy: row.answeredBy ? (names.get(row.answeredBy) ?? null) : null,
  };
}

const Cursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

function decodeCursor(cursor: string): z.infer<typeof Cursor> {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('The page link is not valid. Start the list again.', [
      { field: 'cursor', message: 'Not a page of this list.' },
    ]);
  }
}

const encodeCursor = (row: Row) =>
  Buffer.from(JSON.stringify({ createdAt: row.createdAt.toISOString(), id: row.id })).toString('base64url');

export async function listContactRequests(
  deps: StaffDeps,
  query: { status: 'open' | 'answered'; cursor?: string | undefined; limit: number },
): Promise<StaffContactRequestPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const where: Prisma.ContactRequestWhereInput = {
    status: query.status,
    ...(after && {
      OR: [
        { createdAt: { gt: new Date(after.createdAt) } },
        { createdAt: new Date(after.createdAt), id: { gt: after.id } },
      ],
    }),
  };
  return audited(
    deps,
    async (tx) => {
      const rows = await tx.contactRequest.findMany({
        where,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const names = await staffNames(tx, page);
      return {
        items: page.map((row) => itemOf(row, names)),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
      };
    },
    (result) => ({
      action: 'staff_contact_requests_read',
      details: { status: query.status, results: result.items.length },
    }),
  );
}

// A request sent while signed in also belongs to that account's trail ("who viewed this account").
const subjectOf = (id: string, accountId: string | null) => ({
  subject: { type: 'contact_request', id },
  accountId,
});

export async function getContactRequest(deps: StaffDeps, id: string): Promise<StaffContactRequest> {
  const { item } = await audited(
    deps,
    async (tx) => {
      const row = await tx.contactRequest.findUnique({ where: { id }, select });
      if (!row) throw notFound('There is no contact request with that id.');
      return { item: itemOf(row, await staffNames(tx, [row])), accountId: row.accountId };
    },
    (found) => ({
      action: 'staff_contact_request_view',
      ...subjectOf(id, found.accountId),
      details: { confirmationNumber: found.item.confirmationNumber },
    }),
  );
  return item;
}

/**
 * Records the answer and, after the commit, emails it when the person gave an address (the
 * answer stands even if the mail transport fails; a signed-in parent also reads it on Contact).
 * Answering twice is a 409: two agents on one request must not both send an answer.
 */
export async function answerContactRequest(
  deps: StaffDeps & { mailer: Mailer; log: { warn(o: object, m: string): void } },
  id: string,
  answer: string,
): Promise<StaffContactRequest> {
  const now = deps.clock.now();
  const { item, accountId } = await audited(
    deps,
    async (tx) => {
      const updated = await tx.contactRequest.updateMany({
        where: { id, status: 'open' },
        data: { status: 'answered', answer, answeredAt: now, answeredBy: deps.staff.staffUserId },
      });
      const row = await tx.contactRequest.findUnique({ where: { id }, select });
      if (!row) throw notFound('There is no contact request with that id.');
      if (updated.count === 0)
        throw new DomainError('CONFLICT', 409, 'This request has already been answered.');
      return { item: itemOf(row, await staffNames(tx, [row])), accountId: row.accountId };
    },
    ({ item: answered, accountId }) => ({
      action: 'staff_contact_request_answered',
      ...subjectOf(id, accountId),
      details: {
        confirmationNumber: answered.confirmationNumber,
        length: answer.length,
        emailed: answered.email !== null,
      },
    }),
  );
  if (item.email) {
    // The address the person typed on the form; a signed-in parent's request is written in their
    // language, an anonymous one (no language chosen) in English.
    const language = accountId ? await accountLanguage(deps.db, accountId) : 'en';
    const template = caseTemplates.contactAnswered({
      name: item.name,
      confirmationNumber: item.confirmationNumber,
      answer,
    });
    await deps.mailer
      .send({ to: item.email, ...render(template, language) })
      .catch((error: unknown) =>
        deps.log.warn(
          { contactRequestId: id, error: error instanceof Error ? error.name : 'unknown' },
          'contact answer email not sent',
        ),
      );
  }
  return item;
}

async function accountLanguage(db: Prisma.TransactionClient, accountId: string) {
  const account = await db.customerAccount.findUnique({
    where: { id: accountId },
    select: { preferredLanguage: true },
  });
  return account?.preferredLanguage ?? 'en';
}
