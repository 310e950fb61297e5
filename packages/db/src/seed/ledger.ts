// 24 months of charges and payments for one case, and the balances they imply. Payments never
// exceed what is owed at the time, so a case's balances always equal charges minus payments
// (reversed payments excluded): current support due + arrears + interest = Σ charges − Σ payments.
import type { CasePlan } from './cases.ts';
import { schedulePayments, type PlannedPayment } from './payment-schedule.ts';
import type { Random } from './random.ts';

export const LEDGER_MONTHS = 24;

export type SeedCharge = {
  dueDate: Date;
  amountCents: number;
  kind: 'current_support' | 'arrears' | 'interest';
};
export type SeedPayment = PlannedPayment & {
  status: 'received' | 'held' | 'disbursed' | 'reversed';
  holdReason: string | null;
  disbursedAt: Date | null;
  disbursementMethod: CasePlan['disbursementMethod'] | null;
};
export type Balances = { currentSupportDueCents: number; arrearsCents: number; interestCents: number };
export type Ledger = { charges: SeedCharge[]; payments: SeedPayment[]; balances: Balances };

const DAY = 86_400_000;
const HOLD_REASONS = [
  "Held pending verification of the custodial parent's address.",
  'Held pending caseworker review of the payment allocation.',
  'Held: the last disbursement was returned by the bank; updated payment details are needed.',
];
const TAX_HOLD =
  'Federal tax refund offset from a joint return: held up to six months in case of an injured-spouse claim.';

export function monthStart(now: Date, monthsAgo: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
}

export function buildLedger(random: Random, plan: CasePlan, now: Date): Ledger {
  // Suspended orders stopped charging six months ago; closed ones were paid off a year ago.
  const lastChargedMonth =
    plan.status === 'closed' ? 11 : plan.status === 'suspended' ? 17 : LEDGER_MONTHS - 1;
  const openingArrears =
    plan.caseNumber === '1000000001'
      ? 125_000
      : plan.profile === 'arrears'
        ? random.int(60, 240) * 5_000
        : plan.profile === 'partial'
          ? random.int(0, 40) * 2_500
          : 0;

  const charges: SeedCharge[] = [];
  const payments: SeedPayment[] = [];
  let owed = 0;
  let paid = 0;
  for (let k = 0; k < LEDGER_MONTHS; k += 1) {
    const start = monthStart(now, LEDGER_MONTHS - 1 - k);
    const add = (kind: SeedCharge['kind'], amountCents: number) => {
      if (amountCents <= 0) return;
      charges.push({ dueDate: start, amountCents, kind });
      owed += amountCents;
    };
    if (k === 0) add('arrears', openingArrears);
    // About 7 % a year on unpaid past support, for the cases the agency charges interest on.
    if (plan.profile === 'arrears' && k > 0 && k <= lastChargedMonth)
      add('interest', Math.round((owed - paid) * 0.0058));
    if (k <= lastChargedMonth) add('current_support', plan.orderMonthlyCents);

    const planned = schedulePayments(random, plan, start, k, {
      owed,
      paid,
      payoff: plan.status === 'closed' && k === 12,
    });
    for (const payment of planned) {
      if (payment.receivedAt > now) continue;
      const amountCents = Math.min(payment.amountCents, owed - paid);
      if (amountCents <= 0) continue;
      const settled = settle(random, { ...payment, amountCents }, plan, now);
      if (settled.status !== 'reversed') paid += amountCents;
      payments.push(settled);
    }
  }
  return { charges, payments, balances: balancesOf(charges, payments, monthStart(now, 0)) };
}

function settle(random: Random, payment: PlannedPayment, plan: CasePlan, now: Date): SeedPayment {
  const age = now.getTime() - payment.receivedAt.getTime();
  const base = { ...payment, holdReason: null, disbursedAt: null, disbursementMethod: null };
  if (payment.source === 'tax_intercept' && age < 180 * DAY)
    return { ...base, status: 'held', holdReason: TAX_HOLD };
  if ((payment.source === 'mail' || payment.source === 'online') && random.chance(0.015))
    return { ...base, status: 'reversed' };
  if (age < 90 * DAY && random.chance(0.02))
    return { ...base, status: 'held', holdReason: random.pick(HOLD_REASONS) };
  const disbursedAt = new Date(payment.receivedAt.getTime() + random.int(1, 2) * DAY);
  if (disbursedAt > now) return { ...base, status: 'received' };
  return { ...base, status: 'disbursed', disbursedAt, disbursementMethod: plan.disbursementMethod };
}

/**
 * Payments go first to this month's support, then to past support, then to interest: the order
 * in which the agency applies them, and the reason the three balances add up to what is unpaid.
 */
export function balancesOf(charges: SeedCharge[], payments: SeedPayment[], thisMonth: Date): Balances {
  const counted = payments.filter((p) => p.status !== 'reversed');
  const totalPaid = sum(counted.map((p) => p.amountCents));
  const isCurrent = (c: SeedCharge) =>
    c.kind === 'current_support' && c.dueDate.getTime() === thisMonth.getTime();
  const current = sum(charges.filter(isCurrent).map((c) => c.amountCents));
  const paidThisMonth = sum(counted.filter((p) => p.receivedAt >= thisMonth).map((p) => p.amountCents));
  const currentSupportDueCents = Math.max(0, current - paidThisMonth);
  const pastSupport = sum(
    charges.filter((c) => c.kind !== 'interest' && !isCurrent(c)).map((c) => c.amountCents),
  );
  const towardPast = totalPaid - (current - currentSupportDueCents);
  const arrearsCents = Math.max(0, pastSupport - towardPast);
  const interest = sum(charges.filter((c) => c.kind === 'interest').map((c) => c.amountCents));
  const interestCents = Math.max(0, interest - Math.max(0, towardPast - pastSupport));
  return { currentSupportDueCents, arrearsCents, interestCents };
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
