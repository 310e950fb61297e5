// Metrics of the background jobs, in the default prom-client registry (the worker process has no
// listener of its own yet) and added to the API's metrics registry by lib/metrics.ts.
import { Counter, register } from 'prom-client';

/** Jobs that failed their last try, by queue: an operator's alert, without opening the console. */
export const jobsFailedTotal: Counter<'queue'> =
  (register.getSingleMetric('cos_jobs_failed_total') as Counter<'queue'> | undefined) ??
  new Counter({
    name: 'cos_jobs_failed_total',
    help: 'Background jobs that failed their last try',
    labelNames: ['queue'],
  });
