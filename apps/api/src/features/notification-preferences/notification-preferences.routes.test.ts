// Notification preferences through HTTP: a round trip of both choices (audited), the receipt email
// of a payment following the payment choice, and no email choice without an email on file.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardToken } from '../../testing/card-tokens.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let payer: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  payer = await signIn(ctx.app, 'demo.payer');
});
afterAll(() => ctx?.close());

const url = '/api/v1/me/notification-preferences';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const put = (payload: object, token = payer) =>
  ctx.app.inject({ method: 'PUT', url, payload, headers: auth(token) });

describe('notification preferences', () => {
  it('round-trips both choices and records the change', async () => {
    const initial = await ctx.app.inject({ method: 'GET', url, headers: auth(payer) });
    expect(initial.json()).toEqual({
      paymentsByEmail: true,
      noticesByEmail: false,
      emailOnFile: 'r•••@example.com',
      emailConfirmed: true,
    });
    const saved = await put({ paymentsByEmail: false, noticesByEmail: true });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ paymentsByEmail: false, noticesByEmail: true });
    expect((await ctx.app.inject({ method: 'GET', url, headers: auth(payer) })).json()).toMatchObject({
      paymentsByEmail: false,
      noticesByEmail: true,
    });
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'notification_preferences_changed' } })).toBe(
      1,
    );
  });

  it('sends no payment receipt email while payment emails are off', async () => {
    await put({ paymentsByEmail: false, noticesByEmail: false });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments',
      payload: {
        caseNumber: '1000000001',
        amountCents: 4_321,
        paymentToken: await cardToken(ctx.app, '4242424242424242'),
      },
      headers: { ...auth(payer), 'idempotency-key': randomUUID() },
    });
    expect(response.statusCode).toBe(201);
    expect(
      await ctx.prisma.emailOutbox.count({
        where: { subject: { contains: response.json().confirmationNumber } },
      }),
    ).toBe(0);
  });

  it('refuses an email choice when there is no email on file, naming the choice', async () => {
    await ctx.prisma.customerAccount.update({
      where: { userIdNormalized: 'demo.payer' },
      data: { email: null },
    });
    const response = await put({ paymentsByEmail: true, noticesByEmail: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'paymentsByEmail', message: expect.stringContaining('Provide Info') },
    ]);
    expect((await put({ paymentsByEmail: false, noticesByEmail: false })).statusCode).toBe(200);
  });

  it('validates the body and needs a signed-in parent', async () => {
    expect((await put({ paymentsByEmail: 'yes' })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
