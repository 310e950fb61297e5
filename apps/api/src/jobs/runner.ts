// The job runner: pg-boss on the product's own PostgreSQL (docs/decisions/0005-job-runner.md).
// It runs in the API process by default, or alone in the worker process (WORKER=separate,
// src/worker.ts); an API process that does not work jobs still starts one without workers or
// schedules, for the console's Jobs page and to queue work.
// - Recurring jobs are pg-boss schedules: every instance may hold them, pg-boss creates one job per
//   occurrence (a singleton per cron slot), and its queues run one job of a kind at a time
//   ('stately'), so two instances never run the same schedule twice.
// - A job that throws is retried with exponential backoff (retryLimit, retryDelay, retryBackoff) and
//   kept as failed after the last try; the failure raises cos_jobs_failed_total and an audit event
//   (job_failed), so an operator learns of it without opening the console.
// - The outbox is drained every few seconds by a poller beside the queues (the schedule's one minute
//   is too slow for a password reset); several pollers are safe (email/outbox-sender.ts).
import { randomUUID } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import { drainOutbox } from '../email/outbox-sender.ts';
import { AGENCY_TIME_ZONE } from '../lib/agency-time.ts';
import { appendAudit } from '../lib/audit.ts';
import { jobsFailedTotal } from '../lib/job-metrics.ts';
import { jobContext } from '../lib/request-context.ts';
import { productJobs, type JobDefinition, type JobDeps } from './definitions.ts';

const BOSS_SCHEMA = 'pgboss';

export interface JobRunnerOptions {
  databaseUrl: string;
  deps: JobDeps;
  /** Work queues, hold schedules and poll the outbox (false: an API process with WORKER=separate). */
  work: boolean;
  /** How often the outbox poller looks for due email. */
  outboxPollMs?: number;
  /** The product's jobs unless given (tests add one that fails). */
  definitions?: JobDefinition[];
  /** Seconds between pg-boss's own polls of each queue. */
  pollingIntervalSeconds?: number;
  log: {
    info(details: Record<string, unknown>, message: string): void;
    error(details: Record<string, unknown>, message: string): void;
  };
}

export interface FailedJob {
  id: string;
  queue: string;
  error: string;
  retries: number;
  createdAt: Date;
  failedAt: Date | null;
}

export interface QueueSize {
  name: string;
  queued: number;
  active: number;
  failed: number;
  deferred: number;
}

export interface JobRunner {
  readonly working: boolean;
  queues(): Promise<QueueSize[]>;
  failedJobs(limit?: number): Promise<FailedJob[]>;
  /** Puts a failed job back in its queue; false when there is no such failed job. */
  retry(queue: string, id: string): Promise<boolean>;
  /** Queues one run of a job now (a notice saved, an admin's "run now"). */
  trigger(queue: string): Promise<void>;
  /** One pass of the outbox poller (tests; the poller calls it on its own). */
  drainOutboxNow(): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const definitions = options.definitions ?? productJobs;
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const { deps, log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: BOSS_SCHEMA,
    max: 3,
    application_name: 'cos-jobs',
    supervise: options.work,
    schedule: options.work,
  });
  boss.on('error', (error: unknown) => log.error({ err: error }, 'job runner error'));
  await boss.start();

  for (const definition of definitions) {
    await boss.createQueue(definition.name, {
      policy: 'stately',
      retryLimit: definition.retryLimit ?? 3,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      expireInSeconds: 30 * 60,
      // Failed jobs stay a week for the Jobs page.
      deleteAfterSeconds: 7 * 24 * 3600,
    });
  }

  async function failedForGood(name: string, jobId: string, error: unknown) {
    jobsFailedTotal.inc({ queue: name });
    log.error({ err: error, queue: name, jobId }, 'job failed its last try');
    await appendAudit(
      deps.db,
      { clock: deps.clock, context: jobContext(name, jobId) },
      {
        action: 'job_failed',
        outcome: 'failure',
        actor: { type: 'system' },
        subject: { type: 'job', id: jobId },
        details: { queue: name, error: errorText(error).slice(0, 300) },
      },
    ).catch((auditError: unknown) => log.error({ err: auditError }, 'job failure not audited'));
  }

  let poller: NodeJS.Timeout | undefined;
  let draining: Promise<void> | undefined;
  let stopped = false;
  const drainOnce = () =>
    (draining ??= drainOutbox(deps)
      .then(() => undefined)
      .catch((error: unknown) => log.error({ err: error }, 'outbox poll failed'))
      .finally(() => {
        draining = undefined;
      }));

  if (options.work) {
    for (const definition of definitions) {
      await boss.work(
        definition.name,
        { includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          if (!job) return;
          try {
            return await definition.run(deps, { id: job.id, data: job.data });
          } catch (error) {
            if (job.retryCount >= job.retryLimit) await failedForGood(definition.name, job.id, error);
            throw error;
          }
        },
      );
      if (definition.cron) {
        await boss.schedule(definition.name, definition.cron, null, { tz: AGENCY_TIME_ZONE });
      }
    }
    const pollMs = options.outboxPollMs ?? 2000;
    const tick = () => {
      if (stopped) return;
      void drainOnce().finally(() => {
        if (!stopped) poller = setTimeout(tick, pollMs);
      });
    };
    poller = setTimeout(tick, pollMs);
    log.info({ queues: definitions.map((definition) => definition.name) }, 'job runner working');
  }

  return {
    working: options.work,
    async queues() {
      // Counted from the job table now (getQueues' counts come from a periodic monitor pass).
      const rows = await deps.db.$queryRawUnsafe<
        Array<{ name: string; queued: number; active: number; failed: number; deferred: number }>
      >(
        `SELECT name,
                count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'failed')::int AS failed,
                count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after > now())::int AS deferred
           FROM ${BOSS_SCHEMA}.job WHERE name = ANY($1::text[]) GROUP BY name`,
        definitions.map((definition) => definition.name),
      );
      return definitions
        .map(
          ({ name }) =>
            rows.find((row) => row.name === name) ?? { name, queued: 0, active: 0, failed: 0, deferred: 0 },
        )
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async failedJobs(limit = 50) {
      const rows = await deps.db.$queryRawUnsafe<
        Array<{
          id: string;
          name: string;
          output: unknown;
          retry_count: number;
          created_on: Date;
          completed_on: Date | null;
        }>
      >(
        `SELECT id::text, name, output, retry_count, created_on, completed_on FROM ${BOSS_SCHEMA}.job
          WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
        limit,
      );
      return rows.map((row) => ({
        id: row.id,
        queue: row.name,
        error: errorText(row.output),
        retries: row.retry_count,
        createdAt: row.created_on,
        failedAt: row.completed_on,
      }));
    },
    async retry(queue, id) {
      if (!byName.has(queue)) return false;
      const [job] = await boss.findJobs(queue, { id });
      if (!job || job.state !== 'failed') return false;
      await boss.retry(queue, id);
      return true;
    },
    async trigger(queue) {
      if (!byName.has(queue)) throw new Error(`unknown job ${queue}`);
      await boss.send(queue, { trigger: randomUUID() });
    },
    drainOutboxNow: () => drainOnce(),
    async stop() {
      stopped = true;
      clearTimeout(poller);
      await draining;
      await boss.stop({ graceful: true, timeout: 10_000 });
      deps.transport.close();
    },
  };
}

/** The error a failed job left, as text (pg-boss keeps a serialized error as the job's output). */
function errorText(output: unknown): string {
  if (output instanceof Error) return output.message;
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output === null || output === undefined ? '' : JSON.stringify(output);
}
