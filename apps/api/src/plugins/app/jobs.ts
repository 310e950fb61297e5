// app.jobs: the job runner (jobs/runner.ts) when the app was built with one, else null (API tests
// that do not need it). With `work: false` (WORKER=separate) the runner only reads queues and queues
// work for the console; the worker process does the work. Stopped when the app closes.
// app.mailCatcher: true when email goes to the development catcher (no SMTP_URL outside
// production), which turns on the console's "Sent mail, development only" page.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EmailTransport } from '../../email/transport.ts';
import type { JobDefinition } from '../../jobs/definitions.ts';
import { startJobRunner, type JobRunner } from '../../jobs/runner.ts';

export interface JobsOptions {
  databaseUrl: string;
  transport: EmailTransport;
  /** false: this process only shows and queues jobs (the worker process runs them). */
  work: boolean;
  outboxPollMs?: number;
  pollingIntervalSeconds?: number;
  definitions?: JobDefinition[];
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner | null;
    mailCatcher: boolean;
  }
}

export const jobs = fp(
  async (app: FastifyInstance, options: { jobs?: JobsOptions | false | undefined }) => {
    const settings = options.jobs || null;
    app.decorate('mailCatcher', settings?.transport.kind === 'catcher');
    if (!settings) {
      app.decorate('jobs', null);
      return;
    }
    const runner = await startJobRunner({
      databaseUrl: settings.databaseUrl,
      work: settings.work,
      outboxPollMs: settings.outboxPollMs,
      pollingIntervalSeconds: settings.pollingIntervalSeconds,
      definitions: settings.definitions,
      deps: {
        db: app.db.prisma,
        clock: app.clock,
        policy: app.policy,
        transport: settings.transport,
        paymentProcessor: app.paymentProcessor,
        log: app.log,
      },
      log: app.log,
    });
    app.decorate('jobs', runner);
    app.addHook('onClose', async () => runner.stop());
  },
  { name: 'jobs', dependencies: ['database', 'payment-processor', 'security'] },
);
