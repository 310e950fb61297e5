// What the Jobs page shows and does: the runner's queues and failed jobs, the outbox's counts and
// its failed rows (id, tries and the relay's answer — not the address or the content), and a
// retry that puts a failed job back in its queue. A retry is audited as a staff action.
import type { JobsOverview } from '@cos/contracts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { DomainError, notFound } from '../../../lib/errors.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

export async function jobsOverview(
  deps: Pick<StaffDeps, 'db'>,
  runner: JobRunner | null,
): Promise<JobsOverview> {
  const [counts, failedEmails, queues, failedJobs] = await Promise.all([
    deps.db.emailOutbox.groupBy({ by: ['status'], _count: { _all: true } }),
    deps.db.emailOutbox.findMany({
      where: { status: 'failed' },
      orderBy: { failedAt: 'desc' },
      take: 50,
      select: { id: true, createdAt: true, attempts: true, lastError: true },
    }),
    runner ? runner.queues() : Promise.resolve([]),
    runner ? runner.failedJobs() : Promise.resolve([]),
  ]);
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  return {
    available: runner !== null,
    queues,
    failedJobs: failedJobs.map((job) => ({
      ...job,
      createdAt: job.createdAt.toISOString(),
      failedAt: job.failedAt?.toISOString() ?? null,
    })),
    outbox: { pending: count('pending'), sent: count('sent'), failed: count('failed') },
    failedEmails: failedEmails.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      attempts: row.attempts,
      error: row.lastError ?? '',
    })),
  };
}

export async function retryJob(deps: StaffDeps, runner: JobRunner | null, queue: string, id: string) {
  if (!runner)
    throw new DomainError('FEATURE_UNAVAILABLE', 503, 'Background jobs are not running on this server.');
  await audited(
    deps,
    async () => {
      if (!(await runner.retry(queue, id)))
        throw notFound('There is no failed job with this id in that queue.');
    },
    () => ({ action: 'staff_job_retried', subject: { type: 'job', id }, details: { queue } }),
  );
}
