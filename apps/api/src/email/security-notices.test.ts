// Security notices by email (ASVS 6.3.7): a password change and a direct-deposit change each write
// an email to the parent's confirmed address, in their language, with no secret in it; an address
// that was never confirmed gets nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../testing/fixtures.ts';
import { bearer, signIn } from '../testing/http.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let ctx: TestApp;
const NEW_PASSWORD = 'violet meadow compass 42';

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

const mailTo = (to: string) =>
  ctx.prisma.emailOutbox.findMany({ where: { toAddress: to }, orderBy: { createdAt: 'asc' } });

describe('security notices by email', () => {
  it('tells a Spanish-speaking parent of a password change, in Spanish, without the password', async () => {
    const customer = await createCustomer(ctx.prisma, { email: 'ana@example.com', preferredLanguage: 'es' });
    const { accessToken } = await signIn(ctx.app, customer.userId, FIXTURE_PASSWORD);
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: bearer(accessToken),
      payload: { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const [mail] = await mailTo('ana@example.com');
    expect(mail).toMatchObject({
      subject: 'Se cambió su contraseña del DCSS',
      language: 'es',
      status: 'pending',
    });
    expect(`${mail?.subject} ${mail?.body}`).not.toContain(NEW_PASSWORD);
    expect(`${mail?.subject} ${mail?.body}`).not.toContain(FIXTURE_PASSWORD);
  });

  it('tells the parent of a direct-deposit change with only the last 4 digits', async () => {
    const customer = await createCustomer(ctx.prisma, { email: 'ben@example.com' });
    const { accessToken } = await signIn(ctx.app, customer.userId, FIXTURE_PASSWORD);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/direct-deposit',
      headers: bearer(accessToken),
      payload: {
        routingNumber: '061000104',
        accountNumber: '123456789012',
        accountNumberConfirmation: '123456789012',
        accountType: 'checking',
        currentPassword: FIXTURE_PASSWORD,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [mail] = await mailTo('ben@example.com');
    expect(mail?.subject).toBe('A change to your Direct Deposit account is waiting');
    expect(mail?.body).toContain('ending in 9012');
    expect(mail?.body).not.toContain('123456789012');
    expect(mail?.body).not.toContain('061000104');
  });

  it('sends nothing to an address that was never confirmed', async () => {
    const customer = await createCustomer(ctx.prisma, { email: 'cy@example.com', emailConfirmed: false });
    const { accessToken } = await signIn(ctx.app, customer.userId, FIXTURE_PASSWORD);
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: bearer(accessToken),
      payload: { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(await mailTo('cy@example.com')).toEqual([]);
  });
});
