// The bounded argon2 queue through the real app: more sign-ins at once than the queue holds are
// refused with 503 + Retry-After before any verification, and counted in the metric. Failed before
// the gate: every request waited for its turn in libuv's pool, however long the line.
import { parseSecurityPolicy, verifySecret } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../testing/fixtures.ts';
import { countingVerifier, postSignIn } from '../testing/http.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { argon2GateStats, createArgon2Gate } from './argon2-gate.ts';

const counter = countingVerifier(verifySecret);
let ctx: TestApp;

beforeAll(async () => {
  ctx = await createTestApp({
    policy: parseSecurityPolicy({
      ipThrottle: { maxRequests: 100_000 },
      argon2Queue: { concurrency: 1, maxWaiting: 2 },
    }),
    verifyPassword: counter.verify,
  });
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const refusedSoFar = () => argon2GateStats().refused;

describe('the argon2 queue', () => {
  it('runs what fits (one at a time, two waiting) and answers the rest 503 with Retry-After', async () => {
    const customers = [];
    for (let i = 0; i < 8; i += 1) customers.push(await createCustomer(ctx.prisma));
    const before = { verifies: counter.count, refused: refusedSoFar() };
    const answers = await Promise.all(customers.map((c) => postSignIn(ctx.app, c.userId, FIXTURE_PASSWORD)));
    const busy = answers.filter((a) => a.statusCode === 503);
    const ok = answers.filter((a) => a.statusCode === 200);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(busy.length).toBeGreaterThan(0);
    expect(ok.length + busy.length).toBe(8);
    for (const answer of busy) {
      expect(answer.headers['retry-after']).toBe('2');
      expect(answer.json().error.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect(counter.count - before.verifies).toBe(ok.length);
    expect(refusedSoFar() - before.refused).toBe(busy.length);
    // Once the line is gone everyone gets through again.
    expect((await postSignIn(ctx.app, customers[0]?.userId ?? '', FIXTURE_PASSWORD)).statusCode).toBe(200);
  });

  it('hands a finished slot to the next in line, never running more than the limit', async () => {
    const gate = createArgon2Gate({ concurrency: 2, maxWaiting: 10 });
    let running = 0;
    let most = 0;
    const work = () =>
      gate(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      });
    await Promise.all(Array.from({ length: 12 }, work));
    expect(most).toBe(2);
    await expect(Promise.all(Array.from({ length: 13 }, work))).rejects.toMatchObject({ statusCode: 503 });
  });
});
