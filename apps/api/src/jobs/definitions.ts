// The product's background work, each a job on the runner (jobs/runner.ts) with its schedule. Every
// job is a plain service function taking { db, clock, … }, so its test moves an injected clock and
// calls it; the runner only decides when it runs and retries it when it throws.
import type { PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { drainOutbox } from '../email/outbox-sender.ts';
import type { EmailTransport } from '../email/transport.ts';
import { applyDueDirectDepositChanges } from '../features/direct-deposit/apply-changes.service.ts';
import { generateSlotsForOpenOffices } from '../features/appointments/slots.service.ts';
import { reconcilePendingPayments } from '../features/payments/reconcile-payments.service.ts';
import type { Clock } from '../lib/clock.ts';
import { createOutboxMailer } from '../lib/mailer.ts';
import { runNoticeAnnouncements } from '../lib/notice-announcement.ts';
import { jobContext } from '../lib/request-context.ts';
import type { PaymentProcessor } from '../lib/payment-processor.ts';
import { purgeExpiredRecords } from './retention.ts';

export interface JobDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  transport: EmailTransport;
  /** The card processor, or null where none is configured (then reconciliation has nothing to ask). */
  paymentProcessor: PaymentProcessor | null;
  log?: { warn(details: Record<string, unknown>, message: string): void };
}

export interface JobDefinition {
  name: string;
  /** Cron (agency time); a recurring job runs once per occurrence across every instance. */
  cron?: string;
  /** Tries after the first, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  run(deps: JobDeps, job: { id: string; data: unknown }): Promise<unknown>;
}

export const JOB_NAMES = [
  'email-outbox',
  'notices-announce',
  'retention',
  'appointment-slots',
  'payments-reconcile',
  'direct-deposit-apply',
] as const;

export const productJobs: JobDefinition[] = [
  {
    // The runner also drains every few seconds (its poller); this is the backstop a stuck poller
    // cannot miss, and what an admin's retry re-runs.
    name: 'email-outbox',
    cron: '* * * * *',
    run: (deps) => drainOutbox(deps),
  },
  { name: 'notices-announce', cron: '* * * * *', run: (deps) => runNoticeAnnouncements(deps) },
  { name: 'retention', cron: '15 3 * * *', run: (deps) => purgeExpiredRecords(deps) },
  { name: 'appointment-slots', cron: '30 1 * * *', run: (deps) => generateSlotsForOpenOffices(deps) },
  {
    name: 'payments-reconcile',
    cron: '*/5 * * * *',
    run: async (deps, job) => {
      if (!deps.paymentProcessor) return { skipped: 'no card processor configured' };
      return reconcilePendingPayments({
        db: deps.db,
        clock: deps.clock,
        // The job is the actor of its audit events; the id ties them to the run.
        context: { ip: '127.0.0.1', requestId: `job:${job.id}`, userAgent: 'payments-reconcile job' },
        mailer: createOutboxMailer(deps),
        warn: (error, message) => deps.log?.warn({ err: error }, message),
        processor: deps.paymentProcessor,
        timeoutMs: 15_000,
      });
    },
  },
  {
    // Direct Deposit changes whose cooling-off has ended (docs/security.md, "Direct Deposit
    // cooling-off"); each is applied once however many instances run the schedule.
    name: 'direct-deposit-apply',
    cron: '*/5 * * * *',
    run: (deps, job) =>
      applyDueDirectDepositChanges({
        db: deps.db,
        clock: deps.clock,
        context: jobContext('direct-deposit-apply', job.id),
      }),
  },
];
