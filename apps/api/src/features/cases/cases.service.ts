// A parent's cases. Every lookup goes through the participant table, so a case number the person is
// not on answers exactly like one that does not exist (the same 404, the same body).
import { CaseDetail, PaymentItem, type CaseList, type CaseSummary } from '@cos/contracts';
import { z } from 'zod';
import { queryPrepared, type Db, type Prisma } from '@cos/db';
import { notFound } from '../../lib/errors.ts';
import { caseDetailQuery } from './case-detail.sql.ts';

export interface CaseViewer {
  personId: string;
  accountId: string;
}

/** Who is looking at cases: the signed-in account and its person, or null for a vanished account. */
export async function viewerFor(db: Db, accountId: string): Promise<CaseViewer | null> {
  const account = await db.prisma.customerAccount.findUnique({
    where: { id: accountId },
    select: { personId: true },
  });
  return account ? { accountId, personId: account.personId } : null;
}

const caseNotFound = () => notFound('We could not find that case on your account.');

const summaryInclude = {
  participants: {
    select: { personId: true, role: true, person: { select: { firstName: true, lastName: true } } },
  },
  payments: {
    where: { status: { in: ['received', 'held', 'disbursed'] } },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: 1,
    select: { receivedAt: true, amountCents: true },
  },
} satisfies Prisma.SupportCaseInclude;

type SummaryRow = Awaited<ReturnType<typeof findCases>>[number];

function findCases(db: Db, personId: string, caseNumber?: string) {
  return db.prisma.supportCase.findMany({
    where: { participants: { some: { personId } }, ...(caseNumber ? { caseNumber } : {}) },
    include: summaryInclude,
    orderBy: { caseNumber: 'asc' },
  });
}

function toSummary(row: SummaryRow, personId: string): CaseSummary {
  const me = row.participants.find((p) => p.personId === personId);
  const other = row.participants.find((p) => p.personId !== personId);
  const last = row.payments[0];
  return {
    caseNumber: row.caseNumber,
    status: row.status,
    role: me?.role ?? 'custodial',
    county: row.county,
    otherPartyName: other ? `${other.person.firstName} ${other.person.lastName}` : null,
    monthlyObligationCents: row.orderMonthlyCents,
    totalOwedCents: row.currentSupportDueCents + row.arrearsCents + row.interestCents,
    lastPayment: last ? { receivedAt: last.receivedAt.toISOString(), amountCents: last.amountCents } : null,
  };
}

export async function listCases(db: Db, viewer: CaseViewer): Promise<CaseList> {
  const rows = await findCases(db, viewer.personId);
  return { items: rows.map((row) => toSummary(row, viewer.personId)) };
}

/** The case's id when the viewer takes part in it; otherwise the not-found error. */
export async function caseIdFor(db: Db, viewer: CaseViewer, caseNumber: string): Promise<string> {
  const row = await db.prisma.supportCase.findFirst({
    where: { caseNumber, participants: { some: { personId: viewer.personId } } },
    select: { id: true },
  });
  if (!row) throw caseNotFound();
  return row.id;
}

const DetailRow = z.object({
  caseNumber: z.string(),
  status: CaseDetail.shape.status,
  role: CaseDetail.shape.role,
  county: z.string(),
  otherPartyName: z.string().nullable(),
  monthlyObligationCents: z.int().nullable(),
  currentSupportDueCents: z.int(),
  arrearsCents: z.int(),
  interestCents: z.int(),
  orderFrequency: z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly']).nullable(),
  orderStartDate: z.string().nullable(),
  driversLicenseStatus: CaseDetail.shape.driversLicenseStatus,
  lastPayment: CaseDetail.shape.lastPayment,
  office: CaseDetail.shape.office,
  children: CaseDetail.shape.children,
  activity: CaseDetail.shape.activity,
  nextAppointment: CaseDetail.shape.nextAppointment,
  recentPayments: z.array(PaymentItem),
});

/** The case detail of docs/product.md §3.5 in one statement (see case-detail.sql.ts). */
export async function getCaseDetail(
  db: Db,
  accountId: string,
  caseNumber: string,
  now: Date,
): Promise<CaseDetail> {
  const rows = await queryPrepared<{ detail: unknown }>(
    db.pool,
    'case-detail',
    caseDetailQuery(accountId, caseNumber, now),
  );
  if (!rows[0]) throw caseNotFound();
  const row = DetailRow.parse(rows[0].detail);
  const totalOwedCents = row.currentSupportDueCents + row.arrearsCents + row.interestCents;
  return {
    caseNumber: row.caseNumber,
    status: row.status,
    role: row.role,
    county: row.county,
    otherPartyName: row.otherPartyName,
    monthlyObligationCents: row.monthlyObligationCents,
    totalOwedCents,
    lastPayment: row.lastPayment,
    office: row.office,
    children: row.children,
    order:
      row.monthlyObligationCents !== null && row.orderFrequency !== null && row.orderStartDate !== null
        ? {
            monthlyCents: row.monthlyObligationCents,
            frequency: row.orderFrequency,
            startDate: row.orderStartDate,
          }
        : null,
    balances: {
      currentSupportDueCents: row.currentSupportDueCents,
      arrearsCents: row.arrearsCents,
      interestCents: row.interestCents,
      totalOwedCents,
    },
    nextAppointment: row.nextAppointment,
    driversLicenseStatus: row.driversLicenseStatus,
    activity: row.activity,
    recentPayments: row.recentPayments,
  };
}
