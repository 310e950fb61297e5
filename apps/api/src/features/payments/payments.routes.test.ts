// Make Payment through HTTP on the demo data, with the labelled test processor (its own HTTP server:
// each card is first typed into it for a single-use token, testing/card-tokens.ts): approve, decline
// (card ending 0002), no answer (ending 0003 → 504 after the app's time limit), and the
// idempotency guarantees a parent would notice — a double-click, a retry after a timeout and two
// concurrent submits each leave ONE payment request and at most one payment on the case. Card
// testing: after 5 attempts that did not go through in an hour, new ones are refused before they
// reach the processor, while a repeat of an earlier attempt still answers as it first did.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityPolicy } from '@cos/security';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { signIn as signInFixture } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { cardToken, TEST_CARDS } from '../../testing/card-tokens.ts';
import type { TestApp } from '../../testing/test-app.ts';

const APPROVE = TEST_CARDS.approve;
const DECLINE = TEST_CARDS.decline;
const NO_ANSWER = TEST_CARDS.noAnswer;

let ctx: TestApp;
let payer: string;
let parent: string;

beforeAll(async () => {
  ctx = await createSeededTestApp({ paymentTimeoutMs: 150 });
  payer = await signIn(ctx.app, 'demo.payer');
  parent = await signIn(ctx.app, 'demo.parent');
});
afterAll(() => ctx?.close());

/** The payment the page sends once the processor's form has tokenised the card. */
const card = async (cardNumber: string = APPROVE, extra: object = {}) => ({
  caseNumber: '1000000002',
  amountCents: 12_345,
  paymentToken: await cardToken(ctx.app, cardNumber),
  ...extra,
});

const pay = (payload: object, key: string = randomUUID(), token = payer) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    payload,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
  });

const get = (url: string, token = payer) =>
  ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

const requestsWith = (idempotencyKey: string) =>
  ctx.prisma.paymentRequest.findMany({ where: { idempotencyKey } });

describe('POST /api/v1/payments', () => {
  it('approves, keeps only the last 4 digits, and the payment shows in Payments as pending without moving the balance', async () => {
    const before = (await get('/api/v1/cases/1000000002')).json();
    const response = await pay(await card());
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt).toMatchObject({
      caseNumber: '1000000002',
      amountCents: 12_345,
      cardLast4: '4242',
      status: 'approved',
    });
    expect(receipt.confirmationNumber).toMatch(/^PAY-[0-9A-Z]{10}$/);
    expect(response.body).not.toMatch(/4242 ?4242 ?4242 ?4242/);

    const [stored] = await ctx.prisma.paymentRequest.findMany({
      where: { confirmationNumber: receipt.confirmationNumber },
    });
    expect(stored).toMatchObject({ status: 'approved', instrumentLast4: '4242', method: 'card' });
    expect(JSON.stringify(stored)).not.toContain('4242424242424242');

    const payments = (await get('/api/v1/cases/1000000002/payments?limit=1')).json();
    expect(payments.items[0]).toMatchObject({
      id: stored?.paymentId,
      amountCents: 12_345,
      source: 'online',
      status: 'pending',
    });
    const after = (await get('/api/v1/cases/1000000002')).json();
    expect(after.totalOwedCents).toBe(before.totalOwedCents);
    expect(after.lastPayment).toEqual(before.lastPayment);

    expect((await get(`/api/v1/payments/${receipt.confirmationNumber}`)).json()).toEqual(receipt);
    expect((await get(`/api/v1/payments/${receipt.confirmationNumber}`, parent)).statusCode).toBe(404);

    const audit = await ctx.prisma.auditEvent.findFirst({
      where: { action: 'payment_submitted', subjectId: stored?.id },
    });
    expect(audit).toMatchObject({
      outcome: 'success',
      actorType: 'customer',
      details: expect.objectContaining({ result: 'approved', amountCents: 12_345 }),
    });
  });

  it('emails a receipt with no card digits to a parent who wants payment emails', async () => {
    const response = await pay(await card(APPROVE, { amountCents: 5_000 }));
    const { confirmationNumber } = response.json();
    const email = await ctx.prisma.emailOutbox.findFirst({
      where: { subject: { contains: confirmationNumber } },
    });
    expect(email?.toAddress).toBe('riley.morgan@example.com');
    expect(email?.body).toContain('$50.00');
    expect(email?.body).not.toMatch(/4242/);
  });

  it('declines a card ending 0002 with 402, records it as declined, and adds no payment', async () => {
    const key = randomUUID();
    const paymentsBefore = await ctx.prisma.payment.count();
    const response = await pay(await card(DECLINE), key);
    expect(response.statusCode).toBe(402);
    expect(response.json().error.code).toBe('PAYMENT_DECLINED');
    expect(await requestsWith(key)).toMatchObject([
      {
        status: 'declined',
        paymentId: null,
        instrumentLast4: '0002',
        processorReference: expect.stringMatching(/^ch_test_/),
      },
    ]);
    expect(await ctx.prisma.payment.count()).toBe(paymentsBefore);
  });

  it('answers 504 when the processor does not answer in time, leaves it pending, and a retry never records a second payment', async () => {
    const key = randomUUID();
    const paymentsBefore = await ctx.prisma.payment.count();
    const payload = await card(NO_ANSWER);
    const first = await pay(payload, key);
    expect(first.statusCode).toBe(504);
    expect(first.json().error).toMatchObject({
      code: 'PAYMENT_TIMEOUT',
      message: expect.stringContaining('Do not pay again'),
    });
    const retry = await pay(payload, key);
    expect(retry.statusCode).toBe(504);
    expect(await requestsWith(key)).toMatchObject([{ status: 'pending', paymentId: null }]);
    expect(await ctx.prisma.payment.count()).toBe(paymentsBefore);
  });

  it('answers a double submit with the same key with the first receipt: one request, one payment', async () => {
    const key = randomUUID();
    const payload = await card(APPROVE, { amountCents: 7_700 });
    const first = await pay(payload, key);
    const second = await pay(payload, key);
    expect(second.statusCode).toBe(201);
    expect(second.json().confirmationNumber).toBe(first.json().confirmationNumber);
    expect(await requestsWith(key)).toHaveLength(1);
    expect(await ctx.prisma.payment.count({ where: { amountCents: 7_700, source: 'online' } })).toBe(1);
  });

  it('resolves two concurrent submits of one attempt to one row and the same confirmation number', async () => {
    const key = randomUUID();
    const payload = await card(APPROVE, { amountCents: 8_800 });
    const [a, b] = await Promise.all([pay(payload, key), pay(payload, key)]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([201, 201]);
    expect(a.json().confirmationNumber).toBe(b.json().confirmationNumber);
    expect(await requestsWith(key)).toHaveLength(1);
    expect(await ctx.prisma.payment.count({ where: { amountCents: 8_800, source: 'online' } })).toBe(1);
  });

  it('refuses the same key for a different amount with 409', async () => {
    const key = randomUUID();
    expect((await pay(await card(APPROVE, { amountCents: 1_000 }), key)).statusCode).toBe(201);
    const other = await pay(await card(APPROVE, { amountCents: 2_000 }), key);
    expect(other.statusCode).toBe(409);
    expect(await requestsWith(key)).toHaveLength(1);
  });

  it('refuses a parent who only receives support (403) and a case that is not theirs (404)', async () => {
    const custodial = await pay(await card(APPROVE, { caseNumber: '1000000001' }), randomUUID(), parent);
    expect(custodial.statusCode).toBe(403);
    expect(custodial.json().error.message).toContain('paying parent');
    const notTheirs = await pay(await card(APPROVE, { caseNumber: '1000000003' }));
    expect(notTheirs.statusCode).toBe(404);
    expect(
      await ctx.prisma.paymentRequest.count({
        where: { supportCase: { caseNumber: { in: ['1000000001', '1000000003'] } }, amountCents: 12_345 },
      }),
    ).toBe(0);
  });

  it('refuses card data: a cardNumber, cvv or expiry field is a 400 naming it as not allowed, and nothing is recorded', async () => {
    const requestsBefore = await ctx.prisma.paymentRequest.count();
    for (const [field, value] of [
      ['cardNumber', '4242424242424242'],
      ['cvv', '123'],
      ['expiry', '08/29'],
    ] as const) {
      const response = await pay(await card(APPROVE, { [field]: value }));
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.fields).toEqual([{ field, message: `${field} is not allowed here.` }]);
    }
    // A client of the old contract, with no token at all.
    const old = await pay({
      caseNumber: '1000000002',
      amountCents: 1_000,
      cardNumber: '4242 4242 4242 4242',
      expiry: '08/29',
      cvv: '123',
      zip: '30303',
    });
    expect(old.statusCode).toBe(400);
    expect(
      old
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['cardNumber', 'cvv', 'expiry', 'paymentToken', 'zip']);
    expect(await ctx.prisma.paymentRequest.count()).toBe(requestsBefore);
  });

  it('has no card number, expiry or security code property anywhere in the OpenAPI document', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const names = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null)
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && typeof value === 'object' && value !== null)
            for (const name of Object.keys(value)) names.add(name.toLowerCase());
          if (key === 'parameters' && Array.isArray(value))
            for (const parameter of value) names.add(String(parameter?.name).toLowerCase());
          collect(value);
        }
    };
    collect(document);
    expect(names).toContain('paymenttoken');
    for (const forbidden of ['cardnumber', 'card_number', 'pan', 'cvv', 'cvc', 'expiry', 'expiration'])
      expect(names.has(forbidden), forbidden).toBe(false);
  });

  it('names every invalid field (amount limits, token, Idempotency-Key) and refuses a token used before', async () => {
    const response = await pay({ caseNumber: '1000000002', amountCents: 99, paymentToken: 'x' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['amountCents', 'paymentToken']));
    expect((await pay(await card(APPROVE, { amountCents: 1_000_001 }))).json().error.fields[0].field).toBe(
      'amountCents',
    );
    const spent = await card(APPROVE, { amountCents: 3_100 });
    expect((await pay(spent)).statusCode).toBe(201);
    const again = await pay(spent);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toEqual([
      { field: 'paymentToken', message: expect.stringContaining('Enter the card again') },
    ]);
    const unknown = await pay({
      caseNumber: '1000000002',
      amountCents: 3_200,
      paymentToken: 'tok_test_madeup123',
    });
    expect(unknown.statusCode).toBe(400);
    expect(await ctx.prisma.paymentRequest.count({ where: { amountCents: { in: [3_100, 3_200] } } })).toBe(1);
    const noKey = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      payload: await card(),
      headers: { authorization: `Bearer ${payer}` },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.fields[0].field).toBe('idempotency-key');
  });

  it('needs a signed-in parent and says whether the test processor is in use', async () => {
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/payments', payload: await card() })).statusCode,
    ).toBe(401);
    const origin = ctx.app.paymentProcessor?.hostedForm.origin;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await get('/api/v1/payments/options')).json()).toEqual({
      minCents: 100,
      maxCents: 1_000_000,
      testProcessor: true,
      available: true,
      hostedForm: { origin, url: `${origin}/hosted/card-form` },
    });
  });
});

describe('declined attempts per account (card testing)', () => {
  const { maxDeclined, windowMinutes } = securityPolicy.paymentAttempts;

  /** A paying parent of their own, so the other tests' declines do not count here. */
  async function newPayer(userId: string) {
    await createQuestions(ctx.prisma);
    const customer = await createCustomer(ctx.prisma, { userId });
    await ctx.prisma.caseParticipant.updateMany({
      where: { personId: customer.personId },
      data: { role: 'non_custodial' },
    });
    return { token: (await signInFixture(ctx.app, userId)).accessToken, caseNumber: customer.caseNumber };
  }

  it(`refuses a new attempt after ${maxDeclined} declines in ${windowMinutes} minutes with 429, before the processor, and allows one once the hour has passed`, async () => {
    expect([maxDeclined, windowMinutes]).toEqual([5, 60]);
    const { token, caseNumber } = await newPayer('card.tester');
    const keys: string[] = [];
    for (let index = 0; index < maxDeclined; index += 1) {
      ctx.clock.advance(60_000);
      const key = randomUUID();
      keys.push(key);
      expect((await pay(await card(DECLINE, { caseNumber }), key, token)).statusCode).toBe(402);
    }
    const requestsBefore = await ctx.prisma.paymentRequest.count();
    const auditBefore = await ctx.prisma.auditEvent.count({ where: { action: 'payment_submitted' } });

    const refused = await pay(await card(APPROVE, { caseNumber }), randomUUID(), token);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: 'TOO_MANY_PAYMENT_ATTEMPTS',
      message: expect.stringContaining('No payment was made'),
    });
    // The first decline leaves the window an hour after it was made, 4 minutes ago.
    expect(Number(refused.headers['retry-after'])).toBe(windowMinutes * 60 - (maxDeclined - 1) * 60);
    // Not recorded and never sent to the processor (which only ever sees a recorded attempt).
    expect(await ctx.prisma.paymentRequest.count()).toBe(requestsBefore);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'payment_submitted' } })).toBe(auditBefore);

    // A repeat of an attempt already made answers as it first did, not 429.
    const repeat = await pay(await card(DECLINE, { caseNumber }), keys[0], token);
    expect(repeat.statusCode).toBe(402);
    expect(repeat.json().error.code).toBe('PAYMENT_DECLINED');

    // Other parents pay as usual.
    expect((await pay(await card(APPROVE, { amountCents: 4_400 }))).statusCode).toBe(201);

    ctx.clock.advance(windowMinutes * 60_000);
    const later = (await signInFixture(ctx.app, 'card.tester')).accessToken;
    const approved = await pay(await card(APPROVE, { caseNumber }), randomUUID(), later);
    expect(approved.statusCode, approved.body).toBe(201);
  });

  it('holds under parallel attempts: of eight new ones at once, five reach the processor', async () => {
    const { token, caseNumber } = await newPayer('card.racer');
    const responses = await Promise.all(
      (await Promise.all(Array.from({ length: 8 }, () => card(DECLINE, { caseNumber })))).map((payload) =>
        pay(payload, randomUUID(), token),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      ...Array<number>(maxDeclined).fill(402),
      ...Array<number>(8 - maxDeclined).fill(429),
    ]);
    expect(await ctx.prisma.paymentRequest.count({ where: { account: { userId: 'card.racer' } } })).toBe(
      maxDeclined,
    );
  });

  it('does not count approved payments', async () => {
    const { token, caseNumber } = await newPayer('card.regular');
    for (let index = 0; index < maxDeclined + 1; index += 1) {
      expect(
        (await pay(await card(APPROVE, { caseNumber, amountCents: 1_000 + index }), randomUUID(), token))
          .statusCode,
      ).toBe(201);
    }
  });
});
