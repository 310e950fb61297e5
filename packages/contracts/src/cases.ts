// My Case and Payments (docs/product.md §3.5, §8). Amounts are integer cents; dates are ISO strings
// (calendar dates as YYYY-MM-DD, instants as full ISO date-times). The other party is a name only.
import { z } from 'zod';
import { CaseNumber, IsoDate } from './common.ts';

export const ParticipantRole = z.enum(['custodial', 'non_custodial']);
export const CaseStatus = z.enum(['open', 'closed', 'suspended']);
export const PaymentSource = z.enum(['wage_withholding', 'online', 'mail', 'tax_intercept', 'other']);
export const PaymentStatus = z.enum(['pending', 'received', 'held', 'disbursed', 'reversed']);
export const DisbursementMethod = z.enum(['direct_deposit', 'debit_card', 'check']);
export const DriversLicenseStatus = z.enum(['valid', 'suspended', 'release_sent']);

export const CaseNumberParams = z.object({ caseNumber: CaseNumber });

const LastPayment = z.object({ receivedAt: z.iso.datetime(), amountCents: z.int() }).nullable();

export const CaseSummary = z.object({
  caseNumber: z.string(),
  status: CaseStatus,
  role: ParticipantRole,
  county: z.string(),
  otherPartyName: z.string().nullable(),
  monthlyObligationCents: z.int().nullable(),
  totalOwedCents: z.int().describe('Current support due + arrears + interest'),
  lastPayment: LastPayment,
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = z.object({ items: z.array(CaseSummary) });
export type CaseList = z.infer<typeof CaseList>;

export const CaseDetail = CaseSummary.extend({
  office: z
    .object({
      name: z.string(),
      phone: z.string(),
      addressLine1: z.string(),
      city: z.string(),
      zip: z.string(),
    })
    .nullable(),
  children: z.array(z.object({ firstName: z.string(), birthYear: z.int() })),
  order: z
    .object({
      monthlyCents: z.int(),
      frequency: z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly']),
      startDate: IsoDate,
    })
    .nullable(),
  balances: z.object({
    currentSupportDueCents: z.int(),
    arrearsCents: z.int(),
    interestCents: z.int(),
    totalOwedCents: z.int(),
  }),
  nextAppointment: z
    .object({
      startsAt: z.iso.datetime(),
      officeName: z.string(),
      purpose: z.string(),
      officeClosed: z.boolean().describe('The office has closed since: call to rebook'),
    })
    .nullable(),
  driversLicenseStatus: DriversLicenseStatus,
  activity: z.array(z.object({ occurredAt: z.iso.datetime(), kind: z.string(), description: z.string() })),
  recentPayments: z.array(z.lazy(() => PaymentItem)).describe('The last 12 payments, newest first'),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const PaymentItem = z.object({
  id: z.string(),
  receivedAt: z.iso.datetime(),
  amountCents: z.int(),
  source: PaymentSource,
  status: PaymentStatus,
  holdReason: z.string().nullable(),
  disbursedAt: z.iso.datetime().nullable(),
  disbursementMethod: DisbursementMethod.nullable(),
  balanceAfterCents: z.int().describe('What was owed on the case right after this payment'),
});
export type PaymentItem = z.infer<typeof PaymentItem>;

export const PaymentsQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  source: PaymentSource.optional(),
});
export type PaymentsQuery = z.infer<typeof PaymentsQuery>;

export const PaymentPage = z.object({ items: z.array(PaymentItem), nextCursor: z.string().nullable() });
export type PaymentPage = z.infer<typeof PaymentPage>;

export const MonthlyTotals = z.object({
  items: z.array(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), owedCents: z.int(), paidCents: z.int() }),
  ),
});
export type MonthlyTotals = z.infer<typeof MonthlyTotals>;
