// Direct Deposit for a signed-in parent: the masked enrolment, the outage answer while the switch
// is off, and a real change once it is on — validated, kept pending sealed, audited, notified (last 4 only).
import { DEMO_CUSTOMER_PASSWORD, DIRECT_DEPOSIT_OUTAGE_MESSAGE } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { testFieldCipher } from '../../testing/staff.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let token: string;
let accountId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  token = await signIn(ctx.app, 'demo.parent');
  accountId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
});
afterAll(() => ctx.close());

const get = () => ctx.app.inject({ method: 'GET', url: '/api/v1/direct-deposit', headers: bearer(token) });
const put = (payload: object) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/direct-deposit', headers: bearer(token), payload });
const setSwitch = (enabled: boolean) =>
  ctx.prisma.featureSwitch.update({ where: { key: 'directDepositUpdate' }, data: { enabled } });
const valid = {
  routingNumber: '061000052',
  accountNumber: '000987654321',
  accountNumberConfirmation: '000987654321',
  accountType: 'savings',
  currentPassword: DEMO_CUSTOMER_PASSWORD,
};

describe('direct deposit', () => {
  it('shows the current enrolment masked: last 4 digits only', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      enrolment: {
        routingNumberLast4: '9998',
        accountNumberLast4: '6789',
        accountType: 'checking',
        updatedAt: expect.any(String),
      },
      pendingChange: null,
    });
    expect(response.body).not.toContain('4000123456789');
  });

  it('needs a signed-in parent', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/direct-deposit' })).statusCode).toBe(401);
  });

  it('refuses an update with 503 FEATURE_UNAVAILABLE and the outage message while the switch is off', async () => {
    const response = await put(valid);
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({
      code: 'FEATURE_UNAVAILABLE',
      message: DIRECT_DEPOSIT_OUTAGE_MESSAGE,
    });
    expect((await get()).json().enrolment.accountNumberLast4).toBe('6789');
  });

  it.each([
    [{ ...valid, routingNumber: '061000053' }, 'routingNumber'],
    [{ ...valid, routingNumber: '12345' }, 'routingNumber'],
    [{ ...valid, accountNumber: '123', accountNumberConfirmation: '123' }, 'accountNumber'],
    [{ ...valid, accountNumberConfirmation: '000987654322' }, 'accountNumberConfirmation'],
    [{ ...valid, accountType: 'brokerage' }, 'accountType'],
  ])('refuses %j with 400 naming %s', async (payload, field) => {
    await setSwitch(true);
    const response = await put(payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('once switched on, keeps the change pending for the cooling-off: sealed, audited, the parent notified with the last 4 only', async () => {
    await setSwitch(true);
    const response = await put(valid);
    expect(response.statusCode, response.body).toBe(200);
    // The enrolment stays as it was until the cooling-off ends (cooling-off.test.ts applies it).
    expect(response.json().enrolment).toMatchObject({ accountNumberLast4: '6789', accountType: 'checking' });
    expect(response.json().pendingChange).toMatchObject({
      routingNumberLast4: '0052',
      accountNumberLast4: '4321',
      accountType: 'savings',
    });
    const row = await ctx.prisma.directDepositPendingChange.findUniqueOrThrow({ where: { accountId } });
    expect(Buffer.from(row.accountNumberCiphertext).toString('latin1')).not.toContain('987654321');
    expect(testFieldCipher.decrypt(row.accountNumberCiphertext)).toBe('000987654321');
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'direct_deposit_change_requested', accountId },
    });
    expect(event.details).toMatchObject({ accountNumberLast4: '4321', replacedPendingLast4: null });
    expect(JSON.stringify(event.details)).not.toContain('987654321');
    const notification = await ctx.prisma.notification.findFirstOrThrow({
      where: { accountId, kind: 'direct_deposit_change_requested' },
    });
    expect(notification.body).toContain('ending in 4321');
    expect(notification.body).not.toContain('987654321');
    await setSwitch(false);
  });
});
