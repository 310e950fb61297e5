// The Jobs page's API with a real job runner (pg-boss on the test database): a job that fails its
// last try is counted (cos_jobs_failed_total), audited and listed with its error; an admin retries
// it and it runs again; only admins see any of it. The development mail list exists only while the
// catcher is the transport.
import { register } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatcherTransport } from '../../../email/transport.ts';
import type { JobDefinition } from '../../../jobs/definitions.ts';
import { createOutboxMailer } from '../../../lib/mailer.ts';
import { createStaffUser, signInStaff, staffBearer } from '../../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let bare: TestApp;
let admin: string;
let agent: string;
let broken = true;
let runs = 0;

// A job standing in for one whose work breaks (a relay, a processor, a bug): fails while `broken`.
const flaky: JobDefinition = {
  name: 'flaky-test-job',
  retryLimit: 1,
  retryDelaySeconds: 1,
  run: async () => {
    runs += 1;
    if (broken) throw new Error('the processor answered 502');
    return { ok: true };
  },
};

beforeAll(async () => {
  ctx = await createTestApp({
    withJobs: {
      transport: createCatcherTransport(),
      work: true,
      definitions: [flaky],
      pollingIntervalSeconds: 0.5,
    },
  });
  bare = await createTestApp();
  for (const [username, role] of [
    ['jobs.admin', 'admin'],
    ['jobs.agent', 'agent'],
  ] as const) {
    await createStaffUser(ctx.prisma, { username, role });
  }
  admin = (await signInStaff(ctx, 'jobs.admin')).accessToken;
  agent = (await signInStaff(ctx, 'jobs.agent')).accessToken;
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await bare?.close();
});

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${ms} ms`);
}

const overview = async (token = admin) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/admin/jobs', headers: staffBearer(token) });

const failedCount = async () => {
  const metric = await register.getSingleMetric('cos_jobs_failed_total')?.get();
  return metric?.values.find((value) => value.labels.queue === 'flaky-test-job')?.value ?? 0;
};

describe('Jobs page API', () => {
  it('lists a job that failed its last try with its error, counts it and audits it; a retry runs it again', async () => {
    await ctx.app.jobs?.trigger('flaky-test-job');
    await waitFor(async () => overview().then((r) => r.json().failedJobs.length > 0), 30_000);
    expect(runs).toBe(2); // the first try and its one retry

    const page = (await overview()).json();
    expect(page.available).toBe(true);
    expect(page.queues).toContainEqual(expect.objectContaining({ name: 'flaky-test-job', failed: 1 }));
    const [failed] = page.failedJobs;
    expect(failed).toMatchObject({
      queue: 'flaky-test-job',
      error: 'the processor answered 502',
      retries: 1,
    });
    expect(await failedCount()).toBe(1);
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'job_failed' } });
    expect(audit).toMatchObject({ actorType: 'system', outcome: 'failure', subjectId: failed.id });

    broken = false;
    const retried = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/admin/jobs/flaky-test-job/${failed.id}/retry`,
      headers: staffBearer(admin),
    });
    expect(retried.statusCode, retried.body).toBe(204);
    await waitFor(async () => runs === 3 && (await overview()).json().failedJobs.length === 0, 30_000);
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'staff_job_retried', subjectId: failed.id } }),
    ).toBe(1);
    // Retrying it again finds no failed job.
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/admin/jobs/flaky-test-job/${failed.id}/retry`,
      headers: staffBearer(admin),
    });
    expect(again.statusCode).toBe(404);
  }, 90_000);

  it('shows the outbox counts and failed emails without their address or content', async () => {
    await createOutboxMailer({ db: ctx.prisma, clock: ctx.clock }).send({
      to: 'secret.person@example.com',
      subject: 'Private subject',
      body: 'Private body',
    });
    await ctx.prisma.emailOutbox.updateMany({
      data: { status: 'failed', lastError: '550 5.1.1 unknown user' },
    });
    const page = (await overview()).json();
    expect(page.outbox.failed).toBe(1);
    expect(page.failedEmails[0]).toMatchObject({ attempts: 0, error: '550 5.1.1 unknown user' });
    expect(JSON.stringify(page)).not.toMatch(/secret\.person|Private/);
  });

  it('is for admins only, and a bad id is a 400', async () => {
    expect((await overview(agent)).statusCode).toBe(403);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/jobs/flaky-test-job/not-a-uuid/retry',
      headers: staffBearer(admin),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('id');
  });

  it('lists caught mail in development, and answers 404 where no catcher is the transport', async () => {
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/admin/dev-mail',
      headers: staffBearer(admin),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      to: 'secret.person@example.com',
      subject: 'Private subject',
    });

    await createStaffUser(bare.prisma, { username: 'bare.admin', role: 'admin' });
    const token = (await signInStaff(bare, 'bare.admin')).accessToken;
    const none = await bare.app.inject({
      method: 'GET',
      url: '/api/v1/admin/dev-mail',
      headers: staffBearer(token),
    });
    expect(none.statusCode).toBe(404);
    const jobs = (
      await bare.app.inject({ method: 'GET', url: '/api/v1/admin/jobs', headers: staffBearer(token) })
    ).json();
    expect(jobs).toMatchObject({ available: false, queues: [], failedJobs: [] });
  });
});
