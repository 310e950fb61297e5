// The Direct Deposit cooling-off (docs/security.md, "Direct Deposit cooling-off"): a change waits
// policy.directDeposit.coolingOffDays before it replaces the enrolment. The parent is emailed at once
// in their language, sees the pending change and can cancel it; the direct-deposit-apply job applies
// due changes exactly once. Tests move the injected clock instead of waiting three days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, signIn } from '../../testing/http.ts';
import { createStaffUser, signInStaff, staffBearer, testFieldCipher } from '../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { applyDueDirectDepositChanges } from './apply-changes.service.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let ctx: TestApp;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  await ctx.prisma.featureSwitch.upsert({
    where: { key: 'directDepositUpdate' },
    create: { key: 'directDepositUpdate', description: 'Direct Deposit updates', enabled: true },
    update: { enabled: true },
  });
});
afterAll(() => ctx?.close());

const change = (accountNumber: string, accountType = 'savings') => ({
  routingNumber: '061000052',
  accountNumber,
  accountNumberConfirmation: accountNumber,
  accountType,
  currentPassword: FIXTURE_PASSWORD,
});

async function parent(options: { preferredLanguage?: 'en' | 'es' } = {}) {
  const email = `dd.${Math.random().toString(36).slice(2, 10)}@example.com`;
  const customer = await createCustomer(ctx.prisma, { email, ...options });
  await ctx.prisma.directDepositEnrolment.create({
    data: {
      accountId: customer.accountId,
      routingNumber: '061000104',
      accountNumberCiphertext: new Uint8Array(testFieldCipher.encrypt('55556789')),
      accountNumberLast4: '6789',
      accountType: 'checking',
      updatedAt: ctx.clock.now(),
    },
  });
  // Signs in again whenever asked: the tests move the clock past the access token's lifetime.
  const token = async () => (await signIn(ctx.app, customer.userId)).accessToken;
  return { ...customer, email, token };
}

const put = async (token: string, payload: object) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/direct-deposit', headers: bearer(token), payload });
const get = async (token: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/direct-deposit', headers: bearer(token) });
const cancel = async (token: string) =>
  ctx.app.inject({
    method: 'DELETE',
    url: '/api/v1/direct-deposit/pending-change',
    headers: bearer(token),
  });
const runJob = () =>
  applyDueDirectDepositChanges({
    db: ctx.prisma,
    clock: ctx.clock,
    context: { ip: 'job', requestId: 'job:direct-deposit-apply:test', userAgent: null },
  });
const enrolmentOf = (accountId: string) =>
  ctx.prisma.directDepositEnrolment.findUniqueOrThrow({ where: { accountId } });
const mailTo = (to: string) =>
  ctx.prisma.emailOutbox.findMany({ where: { toAddress: to }, orderBy: { createdAt: 'asc' } });
const auditOf = (accountId: string, action: string) =>
  ctx.prisma.auditEvent.findMany({ where: { accountId, action }, orderBy: { occurredAt: 'asc' } });

describe('direct deposit cooling-off', () => {
  it('keeps paying the current account for 3 days, then applies the change once', async () => {
    const p = await parent();
    const requestedAt = ctx.clock.now();
    const response = await put(await p.token(), change('000987654321'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      enrolment: { accountNumberLast4: '6789', accountType: 'checking' },
      pendingChange: {
        accountNumberLast4: '4321',
        routingNumberLast4: '0052',
        accountType: 'savings',
        effectiveAt: new Date(requestedAt.getTime() + 3 * DAY).toISOString(),
      },
    });
    expect(response.body).not.toContain('987654321');
    const pending = await ctx.prisma.directDepositPendingChange.findUniqueOrThrow({
      where: { accountId: p.accountId },
    });
    expect(Buffer.from(pending.accountNumberCiphertext).toString('latin1')).not.toContain('987654321');

    ctx.clock.advance(3 * DAY - 60_000);
    await runJob();
    expect((await enrolmentOf(p.accountId)).accountNumberLast4).toBe('6789');

    ctx.clock.advance(60_000);
    expect(await runJob()).toMatchObject({ applied: 1 });
    const applied = await enrolmentOf(p.accountId);
    expect(applied).toMatchObject({
      accountNumberLast4: '4321',
      accountType: 'savings',
      routingNumber: '061000052',
    });
    expect(testFieldCipher.decrypt(applied.accountNumberCiphertext)).toBe('000987654321');
    expect((await get(await p.token())).json()).toMatchObject({
      enrolment: { accountNumberLast4: '4321' },
      pendingChange: null,
    });

    ctx.clock.advance(DAY);
    expect(await runJob()).toMatchObject({ applied: 0 });
    const updated = await auditOf(p.accountId, 'direct_deposit_updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.details).toMatchObject({
      accountNumberLast4: '4321',
      previousAccountNumberLast4: '6789',
    });
    expect(updated[0]?.actorType).toBe('system');
    expect(await auditOf(p.accountId, 'direct_deposit_change_requested')).toHaveLength(1);
  });

  it('emails the parent at once, in their language, with the last 4 digits only', async () => {
    const p = await parent({ preferredLanguage: 'es' });
    expect((await put(await p.token(), change('111122223333', 'checking'))).statusCode).toBe(200);
    const [mail, ...others] = await mailTo(p.email);
    expect(others).toEqual([]);
    expect(mail).toMatchObject({
      subject: 'Hay un cambio pendiente en su cuenta de Depósito Directo',
      language: 'es',
    });
    expect(mail?.body).toContain('termina en 3333');
    expect(mail?.body).toContain('cancélelo');
    expect(`${mail?.subject} ${mail?.body}`).not.toContain('111122223333');
    expect(mail?.body).not.toContain('061000052');
  });

  it('never applies a cancelled change; cancelling needs no password, is audited and emailed', async () => {
    const p = await parent();
    const token = await p.token();
    expect((await put(token, change('444455556666'))).statusCode).toBe(200);
    const cancelled = await cancel(token);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      enrolment: { accountNumberLast4: '6789' },
      pendingChange: null,
    });
    expect(await auditOf(p.accountId, 'direct_deposit_change_cancelled')).toHaveLength(1);
    const subjects = (await mailTo(p.email)).map((mail) => mail.subject);
    expect(subjects).toEqual([
      'A change to your Direct Deposit account is waiting',
      'The Direct Deposit change was cancelled',
    ]);

    ctx.clock.advance(4 * DAY);
    await runJob();
    expect((await enrolmentOf(p.accountId)).accountNumberLast4).toBe('6789');
    expect(await auditOf(p.accountId, 'direct_deposit_updated')).toEqual([]);
    // Nothing left to cancel.
    expect((await cancel(await p.token())).statusCode).toBe(404);
  });

  it('a new change replaces the pending one and starts the cooling-off again', async () => {
    const p = await parent();
    expect((await put(await p.token(), change('777700001111'))).statusCode).toBe(200);
    ctx.clock.advance(2 * DAY);
    const replaced = await put(await p.token(), change('888800002222'));
    expect(replaced.json().pendingChange).toMatchObject({
      accountNumberLast4: '2222',
      effectiveAt: new Date(ctx.clock.now().getTime() + 3 * DAY).toISOString(),
    });
    expect(await ctx.prisma.directDepositPendingChange.count({ where: { accountId: p.accountId } })).toBe(1);

    // The first change's 3 days have passed: still nothing, the newer change has its own.
    ctx.clock.advance(1 * DAY + HOUR);
    await runJob();
    expect((await enrolmentOf(p.accountId)).accountNumberLast4).toBe('6789');

    ctx.clock.advance(2 * DAY);
    await runJob();
    expect((await enrolmentOf(p.accountId)).accountNumberLast4).toBe('2222');
    const updated = await auditOf(p.accountId, 'direct_deposit_updated');
    expect(updated.map((event) => event.details)).toEqual([
      expect.objectContaining({ accountNumberLast4: '2222' }),
    ]);
  });

  it('applies a due change once when several instances run the job at the same moment', async () => {
    const p = await parent();
    expect((await put(await p.token(), change('999911113333'))).statusCode).toBe(200);
    ctx.clock.advance(3 * DAY);
    const runs = await Promise.all([runJob(), runJob(), runJob()]);
    expect(runs.reduce((sum, run) => sum + run.applied, 0)).toBeGreaterThanOrEqual(1);
    expect(await auditOf(p.accountId, 'direct_deposit_updated')).toHaveLength(1);
    const applied = (await mailTo(p.email)).filter(
      (mail) => mail.subject === 'Your Direct Deposit account was changed',
    );
    expect(applied).toHaveLength(1);
    expect(applied[0]?.body).toContain('ending in 3333');
  });

  it('shows the staff console the pending change', async () => {
    const p = await parent();
    expect((await put(await p.token(), change('123400005678'))).statusCode).toBe(200);
    await createStaffUser(ctx.prisma, { username: 'agent.cooling', role: 'agent' });
    const staff = await signInStaff(ctx, 'agent.cooling');
    const view = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/staff/accounts/${p.accountId}`,
      headers: staffBearer(staff.accessToken),
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().pendingDirectDepositChange).toMatchObject({
      accountNumberLast4: '5678',
      accountType: 'savings',
    });
    expect(view.body).not.toContain('123400005678');
  });
});
