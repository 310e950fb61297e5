// Production has no real card processor yet, and the test double must never take a parent's
// payment there: with test processors not allowed (what server.ts passes in production), Make
// Payment says it is unavailable and records nothing. A real processor (here a stand-in that
// reports itself as real) is used whatever that setting says.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentProcessor } from '../../lib/payment-processor.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';

/** Stands in for a real card processor adapter (isTest false); approves every charge. */
const realProcessorDouble: PaymentProcessor = {
  isTest: false,
  hostedForm: { origin: 'https://cards.processor.example', url: 'https://cards.processor.example/form' },
  describeToken: async () => ({ last4: '4242' }),
  charge: async (request) => ({
    status: 'approved',
    reference: `REAL-${request.idempotencyKey.slice(0, 8)}`,
  }),
  lookup: async () => ({ status: 'not_found' }),
};

const payment = { caseNumber: '1000000002', amountCents: 5_000, paymentToken: 'tok_real_0123456789' };

let ctx: TestApp | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

async function payAsDemoPayer(app: TestApp['app']) {
  const token = await signIn(app, 'demo.payer');
  const headers = { authorization: `Bearer ${token}` };
  const options = (await app.inject({ method: 'GET', url: '/api/v1/payments/options', headers })).json();
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    payload: payment,
    headers: { ...headers, 'idempotency-key': randomUUID() },
  });
  return { options, response };
}

// Each test builds and seeds a database of its own: more than 30 s on a busy shared machine.
describe('Make Payment without a processor allowed to take payments', { timeout: 90_000 }, () => {
  it('refuses with 503 FEATURE_UNAVAILABLE, records no payment request and tells the page', async () => {
    ctx = await createSeededTestApp({ allowTestPaymentProcessor: false });
    const { options, response } = await payAsDemoPayer(ctx.app);
    expect(options).toMatchObject({ available: false, testProcessor: false, hostedForm: null });
    // No test processor server was started, and no page may frame anything but our own origin.
    expect(ctx.app.paymentProcessor).toBeNull();
    expect(response.headers['content-security-policy']).not.toContain('frame-src');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({
      code: 'FEATURE_UNAVAILABLE',
      message: expect.stringContaining('Nothing was charged'),
    });
    expect(await ctx.prisma.paymentRequest.count()).toBe(0);
  });

  it('takes payments through a real processor even where test processors are not allowed', async () => {
    ctx = await createSeededTestApp({
      allowTestPaymentProcessor: false,
      paymentProcessor: realProcessorDouble,
    });
    const { options, response } = await payAsDemoPayer(ctx.app);
    expect(options).toMatchObject({
      available: true,
      testProcessor: false,
      hostedForm: { origin: 'https://cards.processor.example' },
    });
    // Exactly the processor's origin may be framed, nothing wider.
    expect(response.headers['content-security-policy']).toMatch(
      /(^|;)frame-src https:\/\/cards\.processor\.example(;|$)/,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'approved', cardLast4: '4242' });
  });
});
