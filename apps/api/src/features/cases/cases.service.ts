// A parent's cases. Every lookup goes through the participant table, so a case number the person is
// not on answers exactly like one that does not exist (the same 404, the same body).
import type { CaseDetail, CaseList, CaseSummary } from '@cos/contracts';
import type { Db, Prisma } from '@cos/db';
import { notFound } from '../../lib/errors.ts';
import { listPayments } from './payments.service.ts';

export interface CaseViewer {
  personId: string;
  accountId: string;
}

const caseNotFound = () => notFound('We could not find that case on your account.');

const summaryInclude = {
  participants: { select: { personId: true, role: true, person: { select: { firstName: true, lastName: true } } } },
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

export async function getCaseDetail(db: Db, viewer: CaseViewer, caseNumber: string, now: Date): Promise<CaseDetail> {
  const [row] = await findCases(db, viewer.personId, caseNumber);
  if (!row) throw caseNotFound();
  const [details, appointment, recent] = await Promise.all([
    db.prisma.supportCase.findUniqueOrThrow({
      where: { id: row.id },
      select: {
        office: { select: { name: true, phone: true, addressLine1: true, city: true, zip: true } },
        children: { select: { firstName: true, birthYear: true }, orderBy: { birthYear: 'asc' } },
        activities: { select: { occurredAt: true, kind: true, description: true }, orderBy: { occurredAt: 'desc' }, take: 20 },
      },
    }),
    db.prisma.appointment.findFirst({
      where: { caseId: row.id, accountId: viewer.accountId, status: 'booked', slot: { startsAt: { gt: now } } },
      orderBy: { slot: { startsAt: 'asc' } },
      select: { purpose: true, slot: { select: { startsAt: true, office: { select: { name: true } } } } },
    }),
    listPayments(db, row.id, { limit: 12 }),
  ]);
  const summary = toSummary(row, viewer.personId);
  return {
    ...summary,
    office: details.office,
    children: details.children,
    order:
      row.orderMonthlyCents !== null && row.orderFrequency !== null && row.orderStartDate !== null
        ? { monthlyCents: row.orderMonthlyCents, frequency: row.orderFrequency, startDate: row.orderStartDate.toISOString().slice(0, 10) }
        : null,
    balances: {
      currentSupportDueCents: row.currentSupportDueCents,
      arrearsCents: row.arrearsCents,
      interestCents: row.interestCents,
      totalOwedCents: summary.totalOwedCents,
    },
    nextAppointment: appointment
      ? { startsAt: appointment.slot.startsAt.toISOString(), officeName: appointment.slot.office.name, purpose: appointment.purpose }
      : null,
    driversLicenseStatus: row.driversLicenseStatus,
    activity: details.activities.map((a) => ({ occurredAt: a.occurredAt.toISOString(), kind: a.kind, description: a.description })),
    recentPayments: recent.items,
  };
}
