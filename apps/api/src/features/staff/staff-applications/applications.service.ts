// Applications in the console (docs/product.md §3.1, §6): agents work the queue (received first, oldest
// first, keyset-paged on (status <> 'received', created_at, id)), read one application as the
// applicant sent it, and move its status: received → in review | closed, in review → accepted |
// closed. The move is a conditional UPDATE on the status the agent saw, so of two agents clicking
// at once one wins and the other gets a 409. The move, the parent's notification (when the
// application is linked to an account), the email (to the linked account's address, else the one the
// form gave; written to the outbox) and the audit event share one transaction (audited()).
import {
  ApplicationRequest,
  ApplicationStatus,
  applicationMoves,
  type ApplicationStatusChange,
  type StaffApplicationDetail,
  type StaffApplicationPage,
  type StaffApplicationQuery,
  type StaffApplicationSummary,
} from '@cos/contracts';
import { Prisma } from '@cos/db';
import { z } from 'zod';
import { badRequest, DomainError, notFound } from '../../../lib/errors.ts';
import { accountRecipient, letterTo, type Recipient } from '../../../email/account-email.ts';
import { caseTemplates } from '../../../email/case-templates.ts';
import { createOutboxMailer } from '../../../lib/mailer.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

const select = {
  id: true,
  confirmationNumber: true,
  status: true,
  statusReason: true,
  applicantFirstName: true,
  applicantLastName: true,
  details: true,
  accountId: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof select }>;

const ChildCount = z.object({ children: z.array(z.unknown()) });

function summaryOf(row: Row): StaffApplicationSummary {
  const details = ChildCount.safeParse(row.details);
  return {
    id: row.id,
    confirmationNumber: row.confirmationNumber,
    status: ApplicationStatus.catch('received').parse(row.status),
    statusReason: row.statusReason,
    applicantName: `${row.applicantFirstName} ${row.applicantLastName}`,
    childCount: details.success ? details.data.children.length : 0,
    fromAccount: row.accountId !== null,
    submittedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function detailOf(row: Row): StaffApplicationDetail {
  // Stored as the contract parsed it, so it parses again; anything else is a fault worth a 500.
  return { ...summaryOf(row), details: ApplicationRequest.parse(row.details) };
}

const encodeCursor = (row: { status: string; createdAt: Date; id: string }) =>
  Buffer.from(`${row.status === 'received' ? 0 : 1}|${row.createdAt.toISOString()}|${row.id}`).toString(
    'base64url',
  );

function decodeCursor(cursor: string) {
  const [later, at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (
    (later !== '0' && later !== '1') ||
    !id ||
    !/^[0-9a-f-]{36}$/.test(id) ||
    Number.isNaN(createdAt.getTime())
  ) {
    throw badRequest('The page link is not valid. Start the list again.', [
      { field: 'cursor', message: 'Not a page of this list.' },
    ]);
  }
  return { later: later === '1', createdAt, id };
}

export async function listApplicationQueue(
  deps: StaffDeps,
  query: StaffApplicationQuery,
): Promise<StaffApplicationPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const conditions = [Prisma.sql`TRUE`];
  if (query.status) conditions.push(Prisma.sql`status = ${query.status}`);
  if (after)
    conditions.push(
      Prisma.sql`(status <> 'received', created_at, id) > (${after.later}, ${after.createdAt}, ${after.id}::uuid)`,
    );
  return audited(
    deps,
    async (tx) => {
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM applications
         WHERE ${Prisma.join(conditions, ' AND ')}
         ORDER BY status <> 'received', created_at, id
         LIMIT ${query.limit + 1}`;
      const rows = await tx.application.findMany({ where: { id: { in: ids.map((row) => row.id) } }, select });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const ordered = ids.flatMap((row) => byId.get(row.id) ?? []);
      const page = ordered.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(summaryOf),
        nextCursor: ordered.length > query.limit && last ? encodeCursor(last) : null,
      };
    },
    (page) => ({
      action: 'staff_applications_read',
      details: { status: query.status ?? 'all', results: page.items.length },
    }),
  );
}

const subjectOf = (row: Row) => ({ subject: { type: 'application', id: row.id }, accountId: row.accountId });

async function rowOf(tx: Prisma.TransactionClient, id: string): Promise<Row> {
  const row = await tx.application.findUnique({ where: { id }, select });
  if (!row) throw notFound('There is no application with that id.');
  return row;
}

export async function viewApplication(deps: StaffDeps, id: string): Promise<StaffApplicationDetail> {
  const { detail } = await audited(
    deps,
    async (tx) => {
      const row = await rowOf(tx, id);
      return { detail: detailOf(row), row };
    },
    ({ row }) => ({
      action: 'staff_application_view',
      ...subjectOf(row),
      details: { confirmationNumber: row.confirmationNumber },
    }),
  );
  return detail;
}

const STATUS_WORDS: Record<ApplicationStatus, string> = {
  received: 'received',
  in_review: 'in review',
  accepted: 'accepted',
  closed: 'closed',
};

/**
 * The account's notification: the confirmation number, the new status and a closing reason. The
 * email (email/case-templates.ts) gives no reason, since the address may be one anybody typed into
 * the public form — it says where to read the reason.
 */
export function statusMessage(confirmationNumber: string, status: ApplicationStatus, reason: string | null) {
  const subject = `Your application ${confirmationNumber} is ${STATUS_WORDS[status]}`;
  const body =
    status === 'in_review'
      ? `We are reviewing your application ${confirmationNumber}. We will let you know when there is a decision.`
      : status === 'accepted'
        ? `Your application ${confirmationNumber} was accepted. We will contact you about the next steps.`
        : `Your application ${confirmationNumber} was closed.\nReason: ${reason ?? 'not given'}\n\nQuestions? Call the Customer Communication Center at 1-877-423-4746.`;
  return { subject, body };
}

/**
 * Where the applicant hears from us: the linked account's confirmed address, in the parent's
 * language, when there is an account with an email; else the address the form gave (English: an
 * applicant without an account has chosen no language).
 */
async function applicantRecipient(tx: Prisma.TransactionClient, row: Row): Promise<Recipient | null> {
  if (row.accountId) {
    const account = await tx.customerAccount.findUnique({
      where: { id: row.accountId },
      select: { email: true },
    });
    if (account?.email) return accountRecipient(tx, row.accountId, { confirmed: true });
  }
  const given = ApplicationRequest.safeParse(row.details);
  return given.success && given.data.applicant.email
    ? { to: given.data.applicant.email, language: 'en' }
    : null;
}

export async function moveApplication(
  deps: StaffDeps,
  id: string,
  change: ApplicationStatusChange,
): Promise<StaffApplicationDetail> {
  const now = deps.clock.now();
  const reason = change.status === 'closed' ? (change.reason ?? null) : null;
  const { detail } = await audited(
    deps,
    async (tx) => {
      const before = await rowOf(tx, id);
      const from = ApplicationStatus.catch('received').parse(before.status);
      if (!applicationMoves[from].includes(change.status)) {
        throw new DomainError(
          'CONFLICT',
          409,
          from === change.status
            ? `This application is already ${STATUS_WORDS[from]}. Reload it to see its status.`
            : `An application that is ${STATUS_WORDS[from]} cannot be moved to ${STATUS_WORDS[change.status]}.`,
        );
      }
      // Only if it is still where the agent found it: two simultaneous moves give one 200, one 409.
      const claimed = await tx.application.updateMany({
        where: { id, status: from },
        data: { status: change.status, statusReason: reason, updatedAt: now },
      });
      if (claimed.count === 0)
        throw new DomainError(
          'CONFLICT',
          409,
          'Someone changed this application’s status a moment ago. Reload it to see its status.',
        );
      if (before.accountId) {
        const message = statusMessage(before.confirmationNumber, change.status, reason);
        await tx.notification.create({
          data: {
            accountId: before.accountId,
            kind: `application_${change.status}`,
            ...message,
            createdAt: now,
          },
        });
      }
      const recipient = await applicantRecipient(tx, before);
      if (recipient)
        await createOutboxMailer({ db: tx, clock: deps.clock }).send(
          letterTo(recipient, caseTemplates.applicationStatus(before.confirmationNumber, change.status)),
        );
      return { detail: detailOf(await rowOf(tx, id)), before, from };
    },
    ({ before, from }) => ({
      action: 'staff_application_status_changed',
      ...subjectOf(before),
      details: { confirmationNumber: before.confirmationNumber, before: from, after: change.status, reason },
    }),
  );
  return detail;
}
