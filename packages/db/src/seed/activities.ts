// The case activity timeline a parent sees under My Case, written the way a caseworker's system
// would record events, derived from the case plan and its ledger so the story is consistent.
import type { CasePlan } from './cases.ts';
import type { Ledger } from './ledger.ts';
import type { Random } from './random.ts';

export type SeedActivity = { occurredAt: Date; kind: string; description: string };
export type LicenseStatus = 'valid' | 'suspended' | 'release_sent';

const DAY = 86_400_000;
const dollars = (cents: number) =>
  (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
const METHOD = { direct_deposit: 'direct deposit', debit_card: 'debit card', check: 'check' } as const;

/** Payers more than three months behind have their license suspended until they catch up. */
export function licenseStatus(plan: CasePlan, ledger: Ledger): LicenseStatus {
  if (plan.profile !== 'arrears') return 'valid';
  return ledger.balances.arrearsCents > plan.orderMonthlyCents * 3 ? 'suspended' : 'release_sent';
}

export function buildActivities(random: Random, plan: CasePlan, ledger: Ledger, now: Date): SeedActivity[] {
  const at = (date: string | Date, hour = 15): Date => {
    const day = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
    return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
  };
  const frequency = plan.orderFrequency === 'semimonthly' ? 'twice a month' : plan.orderFrequency;
  const events: SeedActivity[] = [
    {
      occurredAt: at(plan.openedAt),
      kind: 'case_opened',
      description: `Case opened at the ${plan.county} County office.`,
    },
    {
      occurredAt: at(plan.orderStartDate),
      kind: 'order_established',
      description: `Support order established: ${dollars(plan.orderMonthlyCents)} per month, paid ${frequency}.`,
    },
  ];
  if (plan.profile === 'steady') {
    const sent = new Date(at(plan.orderStartDate).getTime() + 45 * DAY);
    events.push({
      occurredAt: sent,
      kind: 'income_withholding_sent',
      description: "Income withholding order sent to the paying parent's employer.",
    });
  }
  for (const payment of ledger.payments.filter((p) => p.source === 'tax_intercept')) {
    events.push({
      occurredAt: payment.receivedAt,
      kind: 'tax_offset_received',
      description: `Tax refund offset of ${dollars(payment.amountCents)} received and applied to past-due support.`,
    });
  }
  const license = licenseStatus(plan, ledger);
  if (license !== 'valid') {
    const suspended = new Date(now.getTime() - random.int(200, 400) * DAY);
    events.push({
      occurredAt: suspended,
      kind: 'license_suspended',
      description: "Driver's license suspension requested for past-due support.",
    });
  }
  if (license === 'release_sent') {
    const released = new Date(now.getTime() - random.int(20, 120) * DAY);
    events.push({
      occurredAt: released,
      kind: 'license_release_sent',
      description: "Driver's license release sent to the Department of Driver Services.",
    });
  }
  const lastDisbursed = ledger.payments.findLast((p) => p.status === 'disbursed');
  if (lastDisbursed?.disbursedAt && lastDisbursed.disbursementMethod) {
    events.push({
      occurredAt: lastDisbursed.disbursedAt,
      kind: 'payment_disbursed',
      description: `Payment of ${dollars(lastDisbursed.amountCents)} disbursed by ${METHOD[lastDisbursed.disbursementMethod]}.`,
    });
  }
  if (plan.status === 'open' && random.chance(0.35)) {
    const started = new Date(now.getTime() - random.int(10, 60) * DAY);
    events.push({
      occurredAt: started,
      kind: 'review_started',
      description:
        'Three-year review of the support order started; both parents will receive a notice by mail.',
    });
  }
  if (plan.status === 'suspended') {
    const suspended = new Date(now.getTime() - 180 * DAY);
    events.push({
      occurredAt: suspended,
      kind: 'case_suspended',
      description: 'Order suspended by the court pending a modification hearing.',
    });
  }
  if (plan.status === 'closed') {
    const closed = new Date(now.getTime() - 300 * DAY);
    events.push({
      occurredAt: closed,
      kind: 'case_closed',
      description: 'Case closed: the order ended and the balance is paid in full.',
    });
  }
  return events;
}
