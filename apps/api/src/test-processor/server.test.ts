// The test processor as a browser and a merchant meet it, over real HTTP on its own port: its card
// form may be framed only by the parent origin it was opened for; a token is single-use and says
// only the last 4 digits; the merchant API needs the run's secret key; the test behaviours hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestProcessorClient } from '../lib/test-processor-client.ts';
import { startTestProcessor, type RunningTestProcessor } from './server.ts';

let processor: RunningTestProcessor;
let client: TestProcessorClient;
beforeAll(async () => {
  processor = await startTestProcessor();
  client = new TestProcessorClient(processor);
});
afterAll(() => processor?.close());

const signal = () => AbortSignal.timeout(2_000);

async function tokenFor(cardNumber: string) {
  const response = await fetch(`${processor.origin}/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cardNumber, expiry: '12/39', cvv: '123', zip: '30303' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the hosted card form', () => {
  it('is framable only by the parent origin it names, in English or Spanish', async () => {
    const parent = 'http://127.0.0.1:3224';
    const page = await fetch(
      `${processor.origin}/hosted/card-form?parent=${encodeURIComponent(parent)}&lang=es`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors ${parent}`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Número de la tarjeta');
    for (const bad of [
      '*',
      'http://a.example/path',
      'javascript:alert(1)',
      "http://a.example 'unsafe-inline'",
    ]) {
      const refused = await fetch(`${processor.origin}/hosted/card-form?parent=${encodeURIComponent(bad)}`);
      expect(refused.status, bad).toBe(400);
    }
  });
});

describe('tokens and charges', () => {
  it('refuses an invalid card, naming each field, and issues no token', async () => {
    const response = await fetch(`${processor.origin}/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cardNumber: '4242 4242 4242 4241', expiry: '01/20', cvv: '1', zip: '' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { problems: unknown }).problems).toEqual([
      { field: 'cardNumber', code: 'invalid' },
      { field: 'expiry', code: 'expired' },
      { field: 'cvv', code: 'invalid' },
      { field: 'zip', code: 'required' },
    ]);
  });

  it('answers the merchant API only with the secret key', async () => {
    const { body } = await tokenFor('4242 4242 4242 4242');
    expect(body).toEqual({ token: expect.stringMatching(/^tok_test_/), last4: '4242', expiry: '12/39' });
    const anonymous = await fetch(`${processor.origin}/v1/tokens/${String(body['token'])}`);
    expect(anonymous.status).toBe(401);
    const wrongKey = await fetch(`${processor.origin}/v1/charges/anything`, {
      headers: { authorization: 'Bearer sk_test_guess' },
    });
    expect(wrongKey.status).toBe(401);
  });

  it('approves once per token; the same reference answers the same; 0002 declines; lookup reports', async () => {
    const approve = String((await tokenFor('4242424242424242')).body['token']);
    expect(await client.describeToken(approve, signal())).toEqual({ last4: '4242' });
    const first = await client.charge(
      { idempotencyKey: 'ref-1', amountCents: 500, paymentToken: approve },
      signal(),
    );
    expect(first).toEqual({ status: 'approved', reference: expect.stringMatching(/^ch_test_/) });
    expect(
      await client.charge({ idempotencyKey: 'ref-1', amountCents: 500, paymentToken: approve }, signal()),
    ).toEqual(first);
    // Spent: described as unusable, and a new charge with it takes nothing.
    expect(await client.describeToken(approve, signal())).toBeNull();
    expect(
      await client.charge({ idempotencyKey: 'ref-2', amountCents: 500, paymentToken: approve }, signal()),
    ).toEqual({ status: 'declined', reference: null });
    expect(await client.lookup('ref-1', signal())).toEqual(first);
    expect(await client.lookup('ref-2', signal())).toEqual({ status: 'not_found' });

    const decline = String((await tokenFor('4000 0000 0000 0002')).body['token']);
    expect(
      await client.charge({ idempotencyKey: 'ref-3', amountCents: 500, paymentToken: decline }, signal()),
    ).toMatchObject({ status: 'declined' });
  });

  it('never answers a 0003 charge, yet has made it: lookup says approved', async () => {
    const hang = String((await tokenFor('4000 0000 0009 0003')).body['token']);
    await expect(
      client.charge(
        { idempotencyKey: 'ref-4', amountCents: 700, paymentToken: hang },
        AbortSignal.timeout(200),
      ),
    ).rejects.toThrow();
    expect(await client.lookup('ref-4', signal())).toMatchObject({ status: 'approved' });
  });
});
