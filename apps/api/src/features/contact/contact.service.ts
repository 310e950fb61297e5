// Contact / Customer Service (docs/product.md §3.1): a request is stored with a CR- confirmation number;
// a signed-in parent's is linked to the account, so they can read the answer on the Contact page.
import {
  ContactRequestStatus,
  ContactTopic,
  phoneDigits,
  type ContactRequestInput,
  type ContactRequestReceipt,
  type MyContactRequest,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import type { Clock } from '../../lib/clock.ts';
import { withUniqueConfirmationNumber, type RandomBytes } from '../../lib/confirmation-number.ts';
import { badRequest } from '../../lib/errors.ts';

export interface ContactDeps {
  db: Prisma.TransactionClient;
  clock: Clock;
  random?: RandomBytes;
}

const NO_ANSWER_ADDRESS = 'Give an email address or a phone number so we can answer you.';

/** The address the answer goes to: the one typed, or the account's when the parent asked for it. */
async function answerEmail(
  deps: ContactDeps,
  input: ContactRequestInput,
  accountId: string | null,
): Promise<string | null> {
  if (input.email) return input.email;
  if (!input.useAccountEmail || !accountId) return null;
  const account = await deps.db.customerAccount.findUnique({
    where: { id: accountId },
    select: { email: true },
  });
  return account?.email ?? null;
}

export async function submitContactRequest(
  deps: ContactDeps,
  input: ContactRequestInput,
  accountId: string | null,
): Promise<ContactRequestReceipt> {
  const email = await answerEmail(deps, input, accountId);
  if (!email && !input.phone)
    throw badRequest(NO_ANSWER_ADDRESS, [{ field: 'email', message: NO_ANSWER_ADDRESS }]);
  const row = await withUniqueConfirmationNumber(
    'CR',
    (confirmationNumber) =>
      deps.db.contactRequest.create({
        data: {
          confirmationNumber,
          name: input.name,
          email,
          phone: input.phone ? phoneDigits(input.phone) : null,
          caseNumber: input.caseNumber ?? null,
          topic: input.topic,
          message: input.message,
          accountId,
          createdAt: deps.clock.now(),
        },
        select: { confirmationNumber: true, status: true, createdAt: true },
      }),
    deps.random,
  );
  return {
    confirmationNumber: row.confirmationNumber,
    status: ContactRequestStatus.parse(row.status),
    submittedAt: row.createdAt.toISOString(),
  };
}

/** What a request shows its sender; the console's view of it adds who sent it and who answered. */
export const myContactRequestSelect = {
  confirmationNumber: true,
  status: true,
  createdAt: true,
  topic: true,
  message: true,
  answer: true,
  answeredAt: true,
} as const satisfies Prisma.ContactRequestSelect;

export function myContactRequestOf(
  row: Prisma.ContactRequestGetPayload<{ select: typeof myContactRequestSelect }>,
): MyContactRequest {
  return {
    confirmationNumber: row.confirmationNumber,
    status: ContactRequestStatus.catch('open').parse(row.status),
    submittedAt: row.createdAt.toISOString(),
    topic: ContactTopic.catch('other').parse(row.topic),
    message: row.message,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

export async function listMyContactRequests(
  deps: Pick<ContactDeps, 'db'>,
  accountId: string,
): Promise<MyContactRequest[]> {
  const rows = await deps.db.contactRequest.findMany({
    where: { accountId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: myContactRequestSelect,
  });
  return rows.map(myContactRequestOf);
}
