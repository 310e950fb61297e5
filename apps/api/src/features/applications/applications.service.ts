// Apply Now (docs/product.md §3.1): the application is stored whole (details as the contract's JSON),
// with the applicant's name and date of birth in columns for the status lookup. A lookup answers
// the same 404 for a wrong number and a wrong date of birth, so it cannot confirm that a number exists.
import {
  ApplicationStatus,
  phoneDigits,
  type ApplicationRequest,
  type ApplicationReceipt,
  type ApplicationStatusRequest,
  type ApplicationSummary,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.ts';
import { withUniqueConfirmationNumber, type RandomBytes } from '../../lib/confirmation-number.ts';
import { notFound } from '../../lib/errors.ts';

export interface ApplicationDeps {
  db: Prisma.TransactionClient;
  clock: Clock;
  random?: RandomBytes;
}

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

export const APPLICATION_NOT_FOUND =
  'We could not find an application with that confirmation number and date of birth. Check both and try again.';

export async function submitApplication(
  deps: ApplicationDeps,
  input: ApplicationRequest,
  accountId: string | null,
): Promise<ApplicationReceipt> {
  const { applicant } = input;
  // Stored as the contract has parsed it (trimmed), the phone as its digits like every phone here.
  const details = { ...input, applicant: { ...applicant, phone: phoneDigits(applicant.phone) } };
  const row = await withUniqueConfirmationNumber(
    'APP',
    (confirmationNumber) =>
      deps.db.application.create({
        data: {
          confirmationNumber,
          applicantFirstName: applicant.firstName,
          applicantLastName: applicant.lastName,
          applicantDateOfBirth: asDate(applicant.dateOfBirth),
          details,
          accountId,
          createdAt: deps.clock.now(),
        },
        select: { confirmationNumber: true, status: true, createdAt: true },
      }),
    deps.random,
  );
  return {
    confirmationNumber: row.confirmationNumber,
    status: ApplicationStatus.parse(row.status),
    submittedAt: row.createdAt.toISOString(),
  };
}

const summarySelect = {
  confirmationNumber: true,
  status: true,
  statusReason: true,
  applicantFirstName: true,
  applicantLastName: true,
  details: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ApplicationSelect;

const ChildCount = z.object({ children: z.array(z.unknown()) });

function summaryOf(row: Prisma.ApplicationGetPayload<{ select: typeof summarySelect }>): ApplicationSummary {
  const details = ChildCount.safeParse(row.details);
  return {
    confirmationNumber: row.confirmationNumber,
    status: ApplicationStatus.catch('received').parse(row.status),
    applicantName: `${row.applicantFirstName} ${row.applicantLastName}`,
    childCount: details.success ? details.data.children.length : 0,
    statusReason: row.statusReason,
    submittedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function applicationStatus(
  deps: Pick<ApplicationDeps, 'db'>,
  request: ApplicationStatusRequest,
): Promise<ApplicationSummary> {
  // One query with both conditions: a wrong number and a wrong date of birth take the same path.
  const row = await deps.db.application.findFirst({
    where: {
      confirmationNumber: request.confirmationNumber,
      applicantDateOfBirth: asDate(request.dateOfBirth),
    },
    select: summarySelect,
  });
  if (!row) throw notFound(APPLICATION_NOT_FOUND);
  return summaryOf(row);
}

export async function listApplications(
  deps: Pick<ApplicationDeps, 'db'>,
  accountId: string,
): Promise<ApplicationSummary[]> {
  const rows = await deps.db.application.findMany({
    where: { accountId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: summarySelect,
  });
  return rows.map(summaryOf);
}
