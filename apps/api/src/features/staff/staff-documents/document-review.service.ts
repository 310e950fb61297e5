// The contact center's document review (docs/product.md §6): a queue with the documents waiting for review
// first, a download, and accept or reject with a message for the parent. Each is one audited
// transaction (plugins/app/audited.ts): no audit row, nothing shown and nothing changed. A review also
// tells the parent (a notification, and an email to the outbox when one is on file) in that same
// transaction, so a review that did not happen sends nothing.
import type {
  DocumentReviewRequest,
  StaffDocumentItem,
  StaffDocumentPage,
  StaffDocumentQueueQuery,
} from '@cos/contracts';
import { Prisma } from '@cos/db';
import { z } from 'zod';
import { badRequest, DomainError, notFound } from '../../../lib/errors.ts';
import { accountRecipient, letterTo } from '../../../email/account-email.ts';
import { caseTemplates } from '../../../email/case-templates.ts';
import { createOutboxMailer } from '../../../lib/mailer.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { reviewMessage } from './document-review-message.ts';
import { staffDocumentSelect, toStaffDocumentItem } from '../../documents/document-view.ts';

const Cursor = z.tuple([z.union([z.literal(0), z.literal(1)]), z.iso.datetime(), z.uuid()]);

const encodeCursor = (rank: number, item: StaffDocumentItem) =>
  Buffer.from(JSON.stringify([rank, item.uploadedAt, item.id])).toString('base64url');

function afterCursor(cursor: string): Prisma.Sql {
  let parsed: z.infer<typeof Cursor>;
  try {
    parsed = Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('The page cursor is not valid.', [
      { field: 'cursor', message: 'Start again from the first page.' },
    ]);
  }
  const [rank, createdAt, id] = parsed;
  return Prisma.sql`AND ((d.status = 'submitted')::int, d.created_at, d.id) < (${rank}, ${new Date(createdAt)}::timestamptz, ${id}::uuid)`;
}

const rankOf = (item: StaffDocumentItem) => (item.status === 'submitted' ? 1 : 0);

/** One page of the queue: waiting for review first, then reviewed ones; newest first within each. */
export async function readDocumentQueue(
  deps: StaffDeps,
  query: StaffDocumentQueueQuery,
): Promise<StaffDocumentPage> {
  const status = query.status ? Prisma.sql`AND d.status = ${query.status}::review_status` : Prisma.empty;
  const cursor = query.cursor ? afterCursor(query.cursor) : Prisma.empty;
  return audited(
    deps,
    async (tx) => {
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT d.id FROM documents d WHERE TRUE ${status} ${cursor}
         ORDER BY (d.status = 'submitted')::int DESC, d.created_at DESC, d.id DESC
         LIMIT ${query.limit + 1}`;
      const page = ids.slice(0, query.limit).map((row) => row.id);
      const rows = await tx.document.findMany({ where: { id: { in: page } }, select: staffDocumentSelect });
      const byId = new Map(rows.map((row) => [row.id, toStaffDocumentItem(row)]));
      const items = page.flatMap((id) => byId.get(id) ?? []);
      const last = items.at(-1);
      return {
        items,
        nextCursor: ids.length > query.limit && last ? encodeCursor(rankOf(last), last) : null,
      };
    },
    (page) => ({
      action: 'staff_document_queue_read',
      subject: { type: 'document_queue', id: query.status ?? 'all' },
      details: { status: query.status ?? null, results: page.items.length },
    }),
  );
}

const documentNotFound = () => notFound('We could not find that document.');

/** The stored file's key, recorded in the audit trail as viewed before anything is read. */
export async function documentForStaff(
  deps: StaffDeps,
  id: string,
): Promise<{ storageKey: string; item: StaffDocumentItem }> {
  return audited(
    deps,
    async (tx) => {
      const row = await tx.document.findUnique({
        where: { id },
        select: { ...staffDocumentSelect, storageKey: true },
      });
      if (!row) throw documentNotFound();
      return { storageKey: row.storageKey, item: toStaffDocumentItem(row) };
    },
    ({ item }) => ({
      action: 'staff_document_viewed',
      accountId: item.accountId,
      subject: { type: 'document', id: item.id },
      details: { fileName: item.fileName },
    }),
  );
}

/** Accept or reject once: a document already reviewed answers 409, and the first review stands. */
export async function reviewDocument(
  deps: StaffDeps,
  id: string,
  review: DocumentReviewRequest,
): Promise<{ document: StaffDocumentItem }> {
  return audited(
    deps,
    async (tx) => {
      const claimed = await tx.document.updateMany({
        where: { id, status: 'submitted' },
        data: {
          status: review.decision,
          reviewMessage: review.message || null,
          reviewedBy: deps.staff.staffUserId,
          reviewedAt: deps.clock.now(),
        },
      });
      const row = await tx.document.findUnique({ where: { id }, select: staffDocumentSelect });
      if (!row) throw documentNotFound();
      if (claimed.count === 0)
        throw new DomainError(
          'CONFLICT',
          409,
          `This document was already ${row.status} on review. Reload the queue to see it.`,
        );
      const message = reviewMessage(row, review.decision, review.message || null);
      await tx.notification.create({
        data: {
          accountId: row.accountId,
          kind: `document_${review.decision}`,
          ...message,
          createdAt: deps.clock.now(),
        },
      });
      const recipient = await accountRecipient(tx, row.accountId, { confirmed: true });
      if (recipient)
        await createOutboxMailer({ db: tx, clock: deps.clock }).send(
          letterTo(
            recipient,
            caseTemplates.documentReviewed(row.createdAt, review.decision, review.message || null),
          ),
        );
      return { document: toStaffDocumentItem(row) };
    },
    ({ document }) => ({
      action: 'staff_document_reviewed',
      accountId: document.accountId,
      subject: { type: 'document', id: document.id },
      details: { decision: review.decision, message: review.message || null },
    }),
  );
}
