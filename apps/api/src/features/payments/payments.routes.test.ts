// Make Payment through HTTP on the demo data, with the labelled test processor: approve, decline
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
import type { TestApp } from '../../testing/test-app.ts';

const APPROVE = '4242 4242 4242 4242';
const DECLINE = '4000000000000002';
const NO_ANSWER = '4000000000090003';

let ctx: TestApp;
let payer: string;
let parent: string;

beforeAll(async () => {
  ctx = await createSeededTestApp({ paymentTimeoutMs: 150 });
  payer = await signIn(ctx.app, 'demo.payer');
  parent = await signIn(ctx.app, 'demo.parent');
});
afterAll(() => ctx?.close());

const card = (cardNumber = APPROVE, extra: object = {}) => ({
  caseNumber: '1000000002',
  amountCents: 12_345,
  cardNumber,
  expiry: '08/29',
  cvv: '123',
  zip: '30303',
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
    const response = await pay(card());
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt).toMatchObject({
      caseNumber: '1000000002',
      amountCents: 12_345,
      cardLast4: '4242',
      status: 'approved',
    });
    expect(receipt.confirmationNumber).toMatch(/^PAY-[0-9A-Z]{10}$/);
    expect(response.body).not.toContain('4242424242424242');

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
    const response = await pay(card(APPROVE, { amountCents: 5_000 }));
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
    const response = await pay(card(DECLINE), key);
    expect(response.statusCode).toBe(402);
    expect(response.json().error.code).toBe('PAYMENT_DECLINED');
    expect(await requestsWith(key)).toMatchObject([
      { status: 'declined', paymentId: null, instrumentLast4: '0002' },
    ]);
    expect(await ctx.prisma.payment.count()).toBe(paymentsBefore);
  });

  it('answers 504 when the processor does not answer in time, leaves it pending, and a retry never records a second payment', async () => {
    const key = randomUUID();
    const paymentsBefore = await ctx.prisma.payment.count();
    const first = await pay(card(NO_ANSWER), key);
    expect(first.statusCode).toBe(504);
    expect(first.json().error).toMatchObject({
      code: 'PAYMENT_TIMEOUT',
      message: expect.stringContaining('Do not pay again'),
    });
    const retry = await pay(card(NO_ANSWER), key);
    expect(retry.statusCode).toBe(504);
    expect(await requestsWith(key)).toMatchObject([{ status: 'pending', paymentId: null }]);
    expect(await ctx.prisma.payment.count()).toBe(paymentsBefore);
  });

  it('answers a double submit with the same key with the first receipt: one request, one payment', async () => {
    const key = randomUUID();
    const first = await pay(card(APPROVE, { amountCents: 7_700 }), key);
    const second = await pay(card(APPROVE, { amountCents: 7_700 }), key);
    expect(second.statusCode).toBe(201);
    expect(second.json().confirmationNumber).toBe(first.json().confirmationNumber);
    expect(await requestsWith(key)).toHaveLength(1);
    expect(await ctx.prisma.payment.count({ where: { amountCents: 7_700, source: 'online' } })).toBe(1);
  });

  it('resolves two concurrent submits of one attempt to one row and the same confirmation number', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      pay(card(APPROVE, { amountCents: 8_800 }), key),
      pay(card(APPROVE, { amountCents: 8_800 }), key),
    ]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([201, 201]);
    expect(a.json().confirmationNumber).toBe(b.json().confirmationNumber);
    expect(await requestsWith(key)).toHaveLength(1);
    expect(await ctx.prisma.payment.count({ where: { amountCents: 8_800, source: 'online' } })).toBe(1);
  });

  it('refuses the same key for a different amount with 409', async () => {
    const key = randomUUID();
    expect((await pay(card(APPROVE, { amountCents: 1_000 }), key)).statusCode).toBe(201);
    const other = await pay(card(APPROVE, { amountCents: 2_000 }), key);
    expect(other.statusCode).toBe(409);
    expect(await requestsWith(key)).toHaveLength(1);
  });

  it('refuses a parent who only receives support (403) and a case that is not theirs (404)', async () => {
    const custodial = await pay(card(APPROVE, { caseNumber: '1000000001' }), randomUUID(), parent);
    expect(custodial.statusCode).toBe(403);
    expect(custodial.json().error.message).toContain('paying parent');
    const notTheirs = await pay(card(APPROVE, { caseNumber: '1000000003' }));
    expect(notTheirs.statusCode).toBe(404);
    expect(
      await ctx.prisma.paymentRequest.count({
        where: { supportCase: { caseNumber: { in: ['1000000001', '1000000003'] } }, amountCents: 12_345 },
      }),
    ).toBe(0);
  });

  it('names every invalid field: Luhn, expiry, CVV, ZIP, amount limits, and a missing Idempotency-Key', async () => {
    const response = await pay({
      caseNumber: '1000000002',
      amountCents: 99,
      cardNumber: '4242 4242 4242 4241',
      expiry: '13/29',
      cvv: '12',
      zip: '3030',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['amountCents', 'cardNumber', 'expiry', 'cvv', 'zip']));
    expect((await pay(card(APPROVE, { amountCents: 1_000_001 }))).json().error.fields[0].field).toBe(
      'amountCents',
    );
    const expired = await pay(card(APPROVE, { expiry: '10/26' }));
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.fields).toEqual([
      { field: 'expiry', message: expect.stringContaining('expired') },
    ]);
    const noKey = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      payload: card(),
      headers: { authorization: `Bearer ${payer}` },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.fields[0].field).toBe('idempotency-key');
  });

  it('needs a signed-in parent and says whether the test processor is in use', async () => {
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/payments', payload: card() })).statusCode,
    ).toBe(401);
    expect((await get('/api/v1/payments/options')).json()).toEqual({
      minCents: 100,
      maxCents: 1_000_000,
      testProcessor: true,
      available: true,
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
      expect((await pay(card(DECLINE, { caseNumber }), key, token)).statusCode).toBe(402);
    }
    const requestsBefore = await ctx.prisma.paymentRequest.count();
    const auditBefore = await ctx.prisma.auditEvent.count({ where: { action: 'payment_submitted' } });

    const refused = await pay(card(APPROVE, { caseNumber }), randomUUID(), token);
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
    const repeat = await pay(card(DECLINE, { caseNumber }), keys[0], token);
    expect(repeat.statusCode).toBe(402);
    expect(repeat.json().error.code).toBe('PAYMENT_DECLINED');

    // Other parents pay as usual.
    expect((await pay(card(APPROVE, { amountCents: 4_400 }))).statusCode).toBe(201);

    ctx.clock.advance(windowMinutes * 60_000);
    const later = (await signInFixture(ctx.app, 'card.tester')).accessToken;
    const approved = await pay(card(APPROVE, { caseNumber }), randomUUID(), later);
    expect(approved.statusCode, approved.body).toBe(201);
  });

  it('holds under parallel attempts: of eight new ones at once, five reach the processor', async () => {
    const { token, caseNumber } = await newPayer('card.racer');
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => pay(card(DECLINE, { caseNumber }), randomUUID(), token)),
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
        (await pay(card(APPROVE, { caseNumber, amountCents: 1_000 + index }), randomUUID(), token))
          .statusCode,
      ).toBe(201);
    }
  });
});
