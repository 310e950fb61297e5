// One synthetic case's 24 months: the monthly order, what was paid each month, and the balances
// that follow. Each case has its own PRNG seeded by its index, so the cases table (written first,
// it needs the balances) and the payments table (written later) compute identical ledgers without
// holding millions of rows in memory.
import { pick, prng } from './ids.ts';

export const MONTHS = 24;
const HOUR = 3_600_000;

export type SyntheticPayment = {
  receivedAt: Date;
  amountCents: number;
  source: 'wage_withholding' | 'online' | 'mail' | 'tax_intercept' | 'other';
  status: 'received' | 'held' | 'disbursed' | 'reversed';
  holdReason: string | null;
  disbursedAt: Date | null;
};

export type SyntheticLedger = {
  monthlyCents: number;
  frequency: 'weekly' | 'biweekly' | 'semimonthly' | 'monthly';
  method: 'direct_deposit' | 'debit_card' | 'check';
  payments: SyntheticPayment[];
  currentSupportDueCents: number;
  arrearsCents: number;
};

const HOLD = 'Held pending caseworker review of the payment allocation.';

export const monthStart = (now: Date, monthsAgo: number): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));

export function syntheticLedger(caseIndex: number, now: Date): SyntheticLedger {
  const random = prng(0x5eed ^ Math.imul(caseIndex + 1, 2_654_435_761));
  const monthlyCents = (30 + Math.floor(random() * 160)) * 500;
  const profile = random();
  // 70 % pay in full through withholding, 20 % pay part, 10 % pay little and irregularly.
  const share =
    profile < 0.7 ? () => 1 : profile < 0.9 ? () => 0.5 + random() * 0.45 : () => 0.2 + random() * 0.6;
  const sources =
    profile < 0.7
      ? (['wage_withholding'] as const)
      : (['online', 'online', 'mail', 'other', 'tax_intercept'] as const);
  const latest = now.getTime() - HOUR;

  const payments: SyntheticPayment[] = [];
  let paid = 0;
  let paidThisMonth = 0;
  const thisMonth = monthStart(now, 0).getTime();
  for (let k = 0; k < MONTHS; k += 1) {
    const start = monthStart(now, MONTHS - 1 - k).getTime();
    const day = Math.floor(random() * 26) + 1;
    // Never in the future, never before its own month (this month's payment may be today's).
    const proposed = start + day * 24 * HOUR + (13 + Math.floor(random() * 8)) * HOUR;
    const receivedAt = new Date(Math.max(start, Math.min(latest, proposed)));
    const amountCents = Math.round((monthlyCents * share()) / 100) * 100;
    const roll = random();
    const age = now.getTime() - receivedAt.getTime();
    const payment: SyntheticPayment =
      age < 48 * HOUR
        ? {
            receivedAt,
            amountCents,
            source: pick(random, sources),
            status: 'received',
            holdReason: null,
            disbursedAt: null,
          }
        : roll < 0.005
          ? {
              receivedAt,
              amountCents,
              source: 'mail',
              status: 'reversed',
              holdReason: null,
              disbursedAt: null,
            }
          : roll < 0.025
            ? {
                receivedAt,
                amountCents,
                source: pick(random, sources),
                status: 'held',
                holdReason: HOLD,
                disbursedAt: null,
              }
            : {
                receivedAt,
                amountCents,
                source: pick(random, sources),
                status: 'disbursed',
                holdReason: null,
                disbursedAt: new Date(receivedAt.getTime() + 24 * HOUR),
              };
    payments.push(payment);
    if (payment.status === 'reversed') continue;
    paid += amountCents;
    if (receivedAt.getTime() >= thisMonth) paidThisMonth += amountCents;
  }
  // Every payment is at most one month's order, so nothing is ever overpaid and
  // current due + arrears = Σ charges − Σ payments exactly.
  const currentSupportDueCents = Math.max(0, monthlyCents - paidThisMonth);
  const arrearsCents = monthlyCents * MONTHS - paid - currentSupportDueCents;
  return {
    monthlyCents,
    frequency:
      profile < 0.7
        ? pick(random, ['biweekly', 'semimonthly'] as const)
        : pick(random, ['monthly', 'weekly'] as const),
    method: pick(random, ['direct_deposit', 'direct_deposit', 'debit_card', 'check'] as const),
    payments,
    currentSupportDueCents,
    arrearsCents,
  };
}
