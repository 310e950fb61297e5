// Provide Info for the parent (docs/product.md §3.6): their details on file, their change requests newest
// first, and a new request — stored with its audit event in one transaction. Nothing on the person
// record changes until a caseworker accepts the request in the console.
import type {
  ChangeRequestInput,
  ChangeRequestItem,
  ChangeRequestList,
  ContactDetails,
} from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { confirmStepUp, type StepUpDeps } from '../../identity/step-up.ts';
import { appendAudit, type AuditContext } from '../../lib/audit.ts';
import { unauthenticated } from '../../lib/errors.ts';
import { changeRequestSelect, itemOf, payloadOf, personContactSelect } from './change-request-values.ts';

/** The most a parent's list shows; older requests were long since reviewed. */
const LIST_LIMIT = 50;

async function accountOf(db: PrismaClient, accountId: string) {
  const account = await db.customerAccount.findUnique({
    where: { id: accountId },
    select: { personId: true, email: true, person: { select: personContactSelect } },
  });
  if (!account) throw unauthenticated();
  return account;
}

export async function getContactDetails(
  { db }: { db: PrismaClient },
  accountId: string,
): Promise<ContactDetails> {
  const { person, email } = await accountOf(db, accountId);
  const hasAddress = person.addressLine1 && person.city && person.state && person.zip;
  return {
    address: hasAddress
      ? {
          addressLine1: person.addressLine1 ?? '',
          addressLine2: person.addressLine2,
          city: person.city ?? '',
          state: person.state ?? '',
          zip: person.zip ?? '',
        }
      : null,
    phone: person.phone,
    email: email ?? person.email,
    employerName: person.employerName,
  };
}

export async function listChangeRequests(
  { db }: { db: PrismaClient },
  accountId: string,
): Promise<ChangeRequestList> {
  const rows = await db.changeRequest.findMany({
    where: { accountId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LIST_LIMIT,
    select: changeRequestSelect,
  });
  return { items: rows.map(itemOf) };
}

export async function submitChangeRequest(
  deps: AuditContext & StepUpDeps,
  accountId: string,
  input: ChangeRequestInput,
): Promise<ChangeRequestItem> {
  const { personId } = await accountOf(deps.db, accountId);
  // Issue 15: an email change needs the current password (a wrong one counts towards the lockout),
  // or, issue 16, a fresh passkey assertion in its place.
  if (input.kind === 'email')
    await confirmStepUp(
      deps,
      accountId,
      { currentPassword: input.currentPassword, passkeyAssertion: input.passkeyAssertion },
      'email_change',
    );
  return deps.db.$transaction(async (tx) => {
    const row = await tx.changeRequest.create({
      data: { accountId, personId, kind: input.kind, payload: payloadOf(input), createdAt: deps.clock.now() },
      select: changeRequestSelect,
    });
    await appendAudit(tx, deps, {
      action: 'change_request_submitted',
      accountId,
      subject: { type: 'change_request', id: row.id },
      details: { kind: input.kind },
    });
    return itemOf(row);
  });
}
