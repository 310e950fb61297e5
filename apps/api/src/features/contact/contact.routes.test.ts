// Contact / Customer Service through HTTP: a request is stored with a CR- confirmation number, an
// email or a phone is required, a signed-in parent's request is linked and listed back to them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx?.close());

const request = {
  name: 'Morgan Lee',
  email: 'morgan.lee@example.com',
  topic: 'payments',
  message: 'When will my last payment be sent?',
};
const send = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/contact-requests', payload: payload as object, headers });

describe('POST /api/v1/contact-requests', () => {
  it('stores the request with a confirmation number', async () => {
    const response = await send({ ...request, phone: '404.555.0199', caseNumber: '1000000001' });
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt).toMatchObject({ status: 'open' });
    expect(receipt.confirmationNumber).toMatch(/^CR-[0-9A-HJKMNP-TV-Z]{10}$/);
    const row = await ctx.prisma.contactRequest.findUniqueOrThrow({
      where: { confirmationNumber: receipt.confirmationNumber },
    });
    expect(row).toMatchObject({
      name: 'Morgan Lee',
      phone: '4045550199',
      caseNumber: '1000000001',
      topic: 'payments',
      status: 'open',
      accountId: null,
    });
  });

  it('needs an email or a phone to answer on, and names each bad field', async () => {
    const none = await send({ name: 'Morgan Lee', topic: 'payments', message: 'Hello' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual([
      { field: 'email', message: 'Give an email address or a phone number so we can answer you.' },
    ]);
    const phoneOnly = await send({
      name: 'Morgan Lee',
      phone: '404-555-0199',
      topic: 'other',
      message: 'Please call me.',
    });
    expect(phoneOnly.statusCode).toBe(201);

    const bad = await send({
      name: '',
      email: 'not-an-email',
      caseNumber: '12345',
      topic: 'gossip',
      message: 'x'.repeat(2001),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['caseNumber', 'email', 'message', 'name', 'topic']);
    // Nothing to answer on, and other problems too: all of them in one answer.
    const all = await send({ name: '', topic: 'payments', message: 'Hello' });
    expect(
      all
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['email', 'name']);
  });

  it('links a signed-in parent’s request to the account and lists it back with its answer', async () => {
    const parent = await signIn(ctx.app, 'demo.parent');
    const { confirmationNumber } = (await send(request, bearer(parent))).json();
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contact-requests',
      headers: bearer(parent),
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items[0]).toMatchObject({
      confirmationNumber,
      topic: 'payments',
      status: 'open',
      answer: null,
    });
    const row = await ctx.prisma.contactRequest.findUniqueOrThrow({ where: { confirmationNumber } });
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });
    expect(row.accountId).toBe(account.id);
    const payer = await signIn(ctx.app, 'demo.payer');
    const theirs = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contact-requests',
      headers: bearer(payer),
    });
    expect(
      theirs.json().items.map((item: { confirmationNumber: string }) => item.confirmationNumber),
    ).not.toContain(confirmationNumber);
  });
});

describe('answer to the account’s email', () => {
  it('takes the signed-in parent’s email on file when asked, and refuses the request anonymously', async () => {
    const parent = await signIn(ctx.app, 'demo.parent');
    const withoutEmail = { name: request.name, topic: request.topic, message: request.message };
    const linked = await send({ ...withoutEmail, useAccountEmail: true }, bearer(parent));
    expect(linked.statusCode, linked.body).toBe(201);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });
    const row = await ctx.prisma.contactRequest.findUniqueOrThrow({
      where: { confirmationNumber: linked.json().confirmationNumber },
    });
    expect(row.email).toBe(account.email);
    expect(row.email).toBeTruthy();

    const anonymous = await send({ ...withoutEmail, useAccountEmail: true });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error.fields[0].field).toBe('email');
  });
});

describe('contact throttle', () => {
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await createTestApp({ realThrottle: true });
  });
  afterAll(() => throttled?.close());

  it('answers the 21st request a minute from one address with 429 (an open form cannot be flooded)', async () => {
    const post = () =>
      throttled.app.inject({
        method: 'POST',
        url: '/api/v1/contact-requests',
        payload: {},
        remoteAddress: '203.0.113.41',
      });
    for (let i = 0; i < 20; i += 1) expect((await post()).statusCode).toBe(400);
    expect((await post()).statusCode).toBe(429);
  });
});
