// One change request in the console: read it beside what is on file, and accept or reject it.
// Accepting writes the person record (and the account's email) in the SAME transaction as the
// status change, the parent's notification and the audit event (audited(): if the event cannot be
// written nothing changes). The status moves from submitted only once: a second review is a 409,
// also when two staff members click at the same moment (the conditional UPDATE decides).
import type { ReviewChangeRequest, StaffChangeRequestDetail } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { accountRecipient, letterTo } from '../../../email/account-email.ts';
import { emailTemplates } from '../../../email/templates.ts';
import { DomainError, notFound } from '../../../lib/errors.ts';
import { createOutboxMailer } from '../../../lib/mailer.ts';
import { maskEmail } from '../../account/account.service.ts';
import type { EmailMessage } from '../../../lib/mailer.ts';
import {
  currentValues,
  itemOf,
  personContactSelect,
  personUpdateOf,
  valuesOf,
} from '../../change-requests/change-request-values.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { outcomeMessage } from './review-messages.ts';

const alreadyReviewed = () =>
  new DomainError(
    'CONFLICT',
    409,
    'This change request has already been reviewed. Reload it to see the decision.',
  );

const detailSelect = {
  id: true,
  kind: true,
  payload: true,
  status: true,
  reviewReason: true,
  createdAt: true,
  reviewedAt: true,
  reviewedBy: true,
  accountId: true,
  personId: true,
  account: { select: { userId: true, email: true } },
  person: { select: { firstName: true, lastName: true, ...personContactSelect } },
} as const;

async function detailOf(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<StaffChangeRequestDetail & { personId: string; accountEmail: string | null }> {
  const row = await tx.changeRequest.findUnique({ where: { id }, select: detailSelect });
  if (!row) throw notFound('We could not find that change request.');
  const reviewer = row.reviewedBy
    ? await tx.staffUser.findUnique({ where: { id: row.reviewedBy }, select: { displayName: true } })
    : null;
  return {
    ...itemOf(row),
    accountId: row.accountId,
    userId: row.account.userId,
    customerName: `${row.person.firstName} ${row.person.lastName}`,
    current: currentValues(row.person, row.kind, row.account.email),
    reviewedBy: reviewer?.displayName ?? null,
    personId: row.personId,
    accountEmail: row.account.email,
  };
}

const strip = ({
  personId: _p,
  accountEmail: _e,
  ...detail
}: Awaited<ReturnType<typeof detailOf>>): StaffChangeRequestDetail => detail;
const subjectOf = (detail: StaffChangeRequestDetail) => ({
  accountId: detail.accountId,
  subject: { type: 'change_request', id: detail.id },
});

export async function viewChangeRequest(deps: StaffDeps, id: string): Promise<StaffChangeRequestDetail> {
  return audited(
    deps,
    async (tx) => strip(await detailOf(tx, id)),
    (detail) => ({
      action: 'staff_change_request_view',
      ...subjectOf(detail),
      details: { kind: detail.kind },
    }),
  );
}

export async function reviewChangeRequest(
  deps: StaffDeps,
  id: string,
  review: ReviewChangeRequest,
): Promise<{ detail: StaffChangeRequestDetail; email: EmailMessage | null }> {
  const now = deps.clock.now();
  const status = review.decision === 'accept' ? 'accepted' : 'rejected';
  return audited(
    deps,
    async (tx) => {
      const before = await detailOf(tx, id);
      const claimed = await tx.changeRequest.updateMany({
        where: { id, status: 'submitted' },
        data: {
          status,
          reviewReason: review.reason || null,
          reviewedBy: deps.staff.staffUserId,
          reviewedAt: now,
        },
      });
      if (claimed.count === 0) throw alreadyReviewed();
      if (status === 'accepted') {
        const values = valuesOf(before.requested);
        await tx.person.update({ where: { id: before.personId }, data: personUpdateOf(before.kind, values) });
        if (before.kind === 'email') {
          // The old address, if it was confirmed, hears of the change (in the parent's language,
          // the new address masked, nothing secret); the new one is unconfirmed until a code
          // proves it (docs/security.md, "Confirmed email addresses").
          const old = await accountRecipient(tx, before.accountId, { confirmed: true });
          await tx.customerAccount.update({
            where: { id: before.accountId },
            data: { email: values.email ?? null, emailConfirmedAt: null },
          });
          if (old && old.to !== values.email)
            await createOutboxMailer({ db: tx, clock: deps.clock }).send(
              letterTo(old, emailTemplates.emailAddressChanged(now, maskEmail(values.email ?? null))),
            );
        }
      }
      const message = outcomeMessage(before.kind, status, review.reason);
      await tx.notification.create({
        data: {
          accountId: before.accountId,
          kind: `change_request_${status}`,
          subject: message.subject,
          body: message.body,
          createdAt: now,
        },
      });
      // To the address on file before the change: an email change is announced to the old address.
      const email = before.accountEmail ? { to: before.accountEmail, ...message } : null;
      return { detail: strip(await detailOf(tx, id)), email };
    },
    ({ detail }) => ({
      action: 'staff_change_request_reviewed',
      ...subjectOf(detail),
      details: { kind: detail.kind, decision: status, reason: review.reason || null },
    }),
  );
}
