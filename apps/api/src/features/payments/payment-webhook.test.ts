// The processor's signed webhook and reconciliation, through HTTP on the demo data with the test
// processor. A payment whose charge got no answer (card ending 0003) stays pending; a webhook with
// a bad signature, an old timestamp or an event id already received is refused and changes
// nothing; a good one settles it, the parent sees it in Payments and is told (notification and
// email). Reconciliation, driven by moving the clock, settles what no webhook reported.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardToken, TEST_CARDS } from '../../testing/card-tokens.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { signWebhook } from './payment-webhook.ts';
import { reconcilePendingPayments, RECONCILE_AFTER_MINUTES } from './reconcile-payments.service.ts';

const SECRET = 'whsec_test_0123456789abcdef0123456789abcdef';

let ctx: TestApp;
let payer: string;
beforeAll(async () => {
  ctx = await createSeededTestApp({ paymentTimeoutMs: 150, paymentWebhookSecret: SECRET });
  payer = await signIn(ctx.app, 'demo.payer');
});
afterAll(() => ctx?.close());

const nowSeconds = () => Math.floor(ctx.clock.now().getTime() / 1000);

/** A payment the processor did not answer for in time: pending, with no Payment on the case. */
async function pendingPayment(amountCents: number) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/payments',
    payload: {
      caseNumber: '1000000002',
      amountCents,
      paymentToken: await cardToken(ctx.app, TEST_CARDS.noAnswer),
    },
    headers: { authorization: `Bearer ${payer}`, 'idempotency-key': randomUUID() },
  });
  expect(response.statusCode).toBe(504);
  return ctx.prisma.paymentRequest.findFirstOrThrow({ where: { amountCents, status: 'pending' } });
}

function webhook(
  event: { id?: string; type?: string; reference: string },
  options: { secret?: string; timestamp?: number; tamper?: (body: string) => string } = {},
) {
  const body = JSON.stringify({
    id: event.id ?? `evt_${randomUUID()}`,
    type: event.type ?? 'payment.approved',
    data: { reference: event.reference, processorReference: 'ch_test_webhook' },
  });
  const signature = signWebhook(options.secret ?? SECRET, options.timestamp ?? nowSeconds(), body);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/payments/webhook',
    payload: options.tamper ? options.tamper(body) : body,
    headers: { 'content-type': 'application/json', 'processor-signature': signature },
  });
}

const onlinePayments = async () =>
  (
    await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/cases/1000000002/payments?limit=100',
      headers: { authorization: `Bearer ${payer}` },
    })
  ).json().items as { id: string; amountCents: number; status: string }[];

/** Everything a refused webhook must leave as it was. */
const snapshot = async (requestId: string) => ({
  request: await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: requestId } }),
  payments: await ctx.prisma.payment.count(),
  notifications: await ctx.prisma.notification.count(),
  emails: await ctx.prisma.emailOutbox.count(),
  events: await ctx.prisma.paymentWebhookEvent.count(),
});

describe('POST /api/v1/payments/webhook', () => {
  it('refuses a bad signature, a tampered body, an old or future timestamp, and changes nothing', async () => {
    const row = await pendingPayment(6_101);
    const before = await snapshot(row.id);
    const refusals = [
      await webhook({ reference: row.id }, { secret: 'whsec_someone_else_0123456789abcdef0123' }),
      await webhook({ reference: row.id }, { tamper: (body) => body.replace('approved', 'refunded') }),
      await webhook({ reference: row.id }, { timestamp: nowSeconds() - 6 * 60 }),
      await webhook({ reference: row.id }, { timestamp: nowSeconds() + 6 * 60 }),
    ];
    for (const response of refusals) {
      expect(response.statusCode, response.body).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
    const unsigned = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments/webhook',
      payload: { id: 'evt_x', type: 'payment.approved', data: { reference: row.id } },
    });
    expect(unsigned.statusCode).toBe(400);
    expect(await snapshot(row.id)).toEqual(before);
  });

  it('settles a pending payment with a good one: Payments shows it, the parent is told; the same event again is refused', async () => {
    const row = await pendingPayment(6_202);
    expect((await onlinePayments()).some((item) => item.amountCents === 6_202)).toBe(false);

    const eventId = `evt_${randomUUID()}`;
    // Four minutes old is still within the five allowed.
    const good = await webhook({ id: eventId, reference: row.id }, { timestamp: nowSeconds() - 4 * 60 });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ received: true, changed: true });

    const settled = await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect(settled).toMatchObject({ status: 'approved', processorReference: 'ch_test_webhook' });
    expect((await onlinePayments()).filter((item) => item.amountCents === 6_202)).toEqual([
      expect.objectContaining({ id: settled.paymentId, status: 'pending' }),
    ]);
    const receipt = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/payments/${row.confirmationNumber}`,
      headers: { authorization: `Bearer ${payer}` },
    });
    expect(receipt.json().status).toBe('approved');
    const notice = await ctx.prisma.notification.findFirst({
      where: { kind: 'payment_approved', body: { contains: row.confirmationNumber } },
    });
    expect(notice?.body).toContain('went through');
    expect(notice?.body).toContain('se realizó');
    const email = await ctx.prisma.emailOutbox.findFirst({
      where: { subject: { contains: row.confirmationNumber } },
    });
    expect(email?.toAddress).toBe('riley.morgan@example.com');
    expect(email?.body).toContain('$62.02');

    const before = await snapshot(row.id);
    const replay = await webhook({ id: eventId, type: 'payment.refunded', reference: row.id });
    expect(replay.statusCode).toBe(409);
    expect(await snapshot(row.id)).toEqual(before);
  });

  it('moves an approved payment to refunded (its Payment reversed), and says when an event changes nothing', async () => {
    const row = await pendingPayment(6_303);
    expect((await webhook({ reference: row.id })).json().changed).toBe(true);
    const refund = await webhook({ type: 'payment.refunded', reference: row.id });
    expect(refund.json()).toEqual({ received: true, changed: true });
    const refunded = await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect(refunded.status).toBe('refunded');
    expect((await onlinePayments()).find((item) => item.id === refunded.paymentId)?.status).toBe('reversed');
    // A late "approved" for a refunded payment is recorded as received but moves nothing back.
    const late = await webhook({ reference: row.id });
    expect(late.json()).toEqual({ received: true, changed: false });
    expect((await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(
      'refunded',
    );
    expect((await webhook({ reference: randomUUID() })).statusCode).toBe(404);
  });
});

describe('reconcilePendingPayments', () => {
  const deps = () => ({
    db: ctx.prisma,
    clock: ctx.clock,
    context: { ip: '127.0.0.1', requestId: randomUUID(), userAgent: null },
    mailer: ctx.app.mailer,
    warn: () => undefined,
    processor: ctx.app.paymentProcessor ?? expect.fail('no processor'),
    timeoutMs: 2_000,
  });

  it(`settles pending payments older than ${RECONCILE_AFTER_MINUTES} minutes by asking the processor, and tells the parent`, async () => {
    await ctx.prisma.paymentRequest.updateMany({ where: { status: 'pending' }, data: { status: 'failed' } });
    const charged = await pendingPayment(6_404);
    // An attempt recorded whose charge never reached the processor (the instance stopped).
    const lost = await ctx.prisma.paymentRequest.create({
      data: {
        confirmationNumber: 'PAY-LOST000001',
        accountId: charged.accountId,
        caseId: charged.caseId,
        idempotencyKey: randomUUID(),
        amountCents: 6_505,
        method: 'card',
        instrumentLast4: '4242',
        status: 'pending',
        createdAt: ctx.clock.now(),
      },
    });

    ctx.clock.advance((RECONCILE_AFTER_MINUTES - 1) * 60_000);
    payer = await signIn(ctx.app, 'demo.payer'); // the access token has expired by this clock
    expect(await reconcilePendingPayments(deps())).toMatchObject({ checked: 0 });
    expect((await onlinePayments()).some((item) => item.amountCents === 6_404)).toBe(false);

    ctx.clock.advance(2 * 60_000);
    payer = await signIn(ctx.app, 'demo.payer');
    expect(await reconcilePendingPayments(deps())).toEqual({
      checked: 2,
      approved: 1,
      declined: 0,
      refunded: 0,
      failed: 1,
      stillPending: 0,
      errors: 0,
    });
    const approved = await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: charged.id } });
    expect(approved.status).toBe('approved');
    expect(approved.processorReference).toMatch(/^ch_test_/);
    expect((await onlinePayments()).filter((item) => item.amountCents === 6_404)).toEqual([
      expect.objectContaining({ id: approved.paymentId, status: 'pending' }),
    ]);
    expect((await ctx.prisma.paymentRequest.findUniqueOrThrow({ where: { id: lost.id } })).status).toBe(
      'failed',
    );
    expect(
      await ctx.prisma.notification.count({
        where: {
          kind: { in: ['payment_approved', 'payment_failed'] },
          OR: [{ body: { contains: charged.confirmationNumber } }, { body: { contains: 'PAY-LOST000001' } }],
        },
      }),
    ).toBe(2);
    const audit = await ctx.prisma.auditEvent.findFirst({
      where: { action: 'payment_outcome_changed', subjectId: charged.id },
    });
    expect(audit).toMatchObject({ actorType: 'system' });

    // Nothing left to do: a second run changes nothing.
    expect(await reconcilePendingPayments(deps())).toMatchObject({ checked: 0 });
  });
});
