// The card number, CVV and expiry never reach the logs — not on an approval, not on a timeout
// (which is logged as an error for operators), not when an old client sends them to our API (400)
// — with the server's own logger options at trace level.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loggerOptions } from '../../lib/logger.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { cardToken } from '../../testing/card-tokens.ts';
import type { TestApp } from '../../testing/test-app.ts';

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let ctx: TestApp;
beforeAll(async () => {
  const serverOptions = loggerOptions('trace');
  if (typeof serverOptions !== 'object') throw new Error('the server logs with an options object');
  ctx = await createSeededTestApp({ paymentTimeoutMs: 100, logger: { ...serverOptions, stream } });
});
afterAll(() => ctx?.close());

it('logs no card details', async () => {
  const token = await signIn(ctx.app, 'demo.payer');
  const headers = () => ({ authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() });
  for (const cardNumber of ['4242424242424242', '4000000000090003']) {
    const paymentToken = await cardToken(ctx.app, cardNumber);
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      payload: { caseNumber: '1000000002', amountCents: 2_500, paymentToken },
      headers: headers(),
    });
    // A client that still sends the card to us: refused, and the body is not logged either.
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      payload: { caseNumber: '1000000002', amountCents: 2_500, cardNumber, expiry: '07/31', cvv: '8642' },
      headers: headers(),
    });
    expect(refused.statusCode).toBe(400);
  }
  const log = lines.join('');
  expect(log).toContain('/api/v1/payments');
  expect(log).toContain('PAYMENT_TIMEOUT');
  for (const secret of ['4242424242424242', '4000000000090003', '8642', '07/31'])
    expect(log.includes(secret), secret).toBe(false);
});
