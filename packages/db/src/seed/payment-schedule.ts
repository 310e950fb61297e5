// How each kind of payer pays in a month. Amounts are what the payer sends; the ledger caps them at
// what is owed and decides their status.
import type { CasePlan } from './cases.ts';
import type { Random } from './random.ts';

export type PaymentSource = 'wage_withholding' | 'online' | 'mail' | 'tax_intercept' | 'other';
export type PlannedPayment = { receivedAt: Date; amountCents: number; source: PaymentSource };

type Position = { owed: number; paid: number; payoff: boolean };

const HOUR = 3_600_000;

function at(month: Date, day: number, random: Random): Date {
  // Business hours, Eastern time expressed in UTC (13:00–21:00 UTC is 8 a.m.–5 p.m. in Georgia).
  return new Date(
    month.getTime() + (day - 1) * 24 * HOUR + random.int(13, 20) * HOUR + random.int(0, 59) * 60_000,
  );
}

/** Splits a monthly amount into the payer's pay periods: wage withholding follows the paycheck. */
function installments(plan: CasePlan): number[] {
  const monthly = plan.orderMonthlyCents;
  switch (plan.orderFrequency) {
    case 'weekly':
      return [7, 14, 21, 28].map(() => Math.round((monthly * 12) / 52));
    case 'biweekly':
      return [5, 19].map(() => Math.round((monthly * 12) / 26));
    case 'semimonthly':
      return [1, 15].map(() => Math.round(monthly / 2));
    case 'monthly':
      return [monthly];
  }
}

const DAYS: Record<CasePlan['orderFrequency'], number[]> = {
  weekly: [6, 13, 20, 27],
  biweekly: [5, 19],
  semimonthly: [2, 16],
  monthly: [10],
};

export function schedulePayments(
  random: Random,
  plan: CasePlan,
  month: Date,
  index: number,
  position: Position,
): PlannedPayment[] {
  const outstanding = position.owed - position.paid;
  if (position.payoff)
    return [{ receivedAt: at(month, 8, random), amountCents: outstanding, source: 'mail' }];

  const parts = installments(plan);
  const days = DAYS[plan.orderFrequency];
  const each = (fraction: number, source: PaymentSource): PlannedPayment[] =>
    parts.map((amount, i) => ({
      receivedAt: at(month, (days[i] ?? 10) + random.int(0, 2), random),
      amountCents: Math.round(amount * fraction),
      source,
    }));

  // Payers who are not on withholding send one payment a month, when they pay at all.
  const single = (fraction: number, source: PaymentSource): PlannedPayment[] => [
    {
      receivedAt: at(month, random.int(3, 26), random),
      amountCents: Math.round((plan.orderMonthlyCents * fraction) / 100) * 100,
      source,
    },
  ];

  switch (plan.profile) {
    case 'steady':
      // Withholding orders add 10 % toward past-due support while any is owed.
      return each(outstanding > plan.orderMonthlyCents ? 1.1 : 1, 'wage_withholding');
    case 'partial':
      return single(
        random.int(55, 95) / 100,
        random.pick(['online', 'online', 'mail', 'wage_withholding'] as const),
      );
    case 'irregular':
      return random.chance(0.6)
        ? single(random.int(50, 150) / 100, random.pick(['online', 'online', 'mail', 'other'] as const))
        : [];
    case 'arrears': {
      const payments = random.chance(0.35)
        ? single(random.int(20, 60) / 100, random.pick(['online', 'mail'] as const))
        : [];
      // Federal and state refund offsets arrive in spring.
      if (month.getUTCMonth() === 2 && index > 0) {
        payments.push({
          receivedAt: at(month, random.int(5, 25), random),
          amountCents: random.int(16, 70) * 5_000,
          source: 'tax_intercept',
        });
      }
      return payments;
    }
  }
}
