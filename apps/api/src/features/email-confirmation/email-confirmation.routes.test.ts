// Confirming the address on file through HTTP, with the test clock: the code emailed to the parent
// confirms it once; a wrong code is refused naming `code`, an expired one too, too many wrong tries
// answer 429, resends are limited, and a code sent before the address changed does not confirm the
// new one. Only then does case mail (a payment receipt) go to the address.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardToken } from '../../testing/card-tokens.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let token: string;
let accountId: string;
let address: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  token = await signIn(ctx.app, 'demo.payer');
  const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
    where: { userIdNormalized: 'demo.payer' },
  });
  accountId = account.id;
  address = account.email ?? '';
});
afterAll(() => ctx?.close());

beforeEach(async () => {
  // Each test starts later (its emails are the newest) with a fresh session (the clock moves).
  ctx.clock.advance(60 * 60_000);
  token = await signIn(ctx.app, 'demo.payer');
  await ctx.prisma.emailConfirmation.deleteMany({ where: { accountId } });
  await ctx.prisma.customerAccount.update({
    where: { id: accountId },
    data: { email: address, emailConfirmedAt: null },
  });
});

const headers = () => ({ authorization: `Bearer ${token}` });
const send = () =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/me/email/confirmation', headers: headers() });
const verify = (code: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/me/email/confirmation/verify',
    headers: headers(),
    payload: { code },
  });
const minutes = (n: number) => ctx.clock.advance(n * 60_000);

/** The code in the newest confirmation email to `to`, as the parent reads it. */
async function codeSentTo(to: string): Promise<string> {
  const mail = await ctx.prisma.emailOutbox.findFirstOrThrow({
    where: { toAddress: to, subject: { contains: 'Confirm your email' } },
    orderBy: { createdAt: 'desc' },
  });
  const code = /\b(\d{6})\b/.exec(mail.body)?.[1];
  if (!code) throw new Error('no code in the email');
  return code;
}
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const confirmedAt = async () =>
  (await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: accountId } })).emailConfirmedAt;
const preferences = async () =>
  (
    await ctx.app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: headers() })
  ).json();

describe('confirming the email address on file', () => {
  it('confirms the address with the emailed code, once, and then case mail goes to it', async () => {
    expect(await preferences()).toMatchObject({ emailConfirmed: false });
    const sent = await send();
    expect(sent.statusCode).toBe(200);
    expect(sent.json().sentTo).toMatch(/^.•••@/);
    const code = await codeSentTo(address);
    const stored = await ctx.prisma.emailConfirmation.findFirstOrThrow({ where: { accountId } });
    expect(stored.codeHash).not.toContain(code);

    const confirmed = await verify(code);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ emailConfirmed: true });
    expect(await confirmedAt()).toEqual(ctx.clock.now());
    expect(await preferences()).toMatchObject({ emailConfirmed: true });
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'email_confirmed', outcome: 'success' } }),
    ).toBe(1);

    // Single use: once spent, the code confirms nothing (here: after the address was unconfirmed).
    await ctx.prisma.customerAccount.update({ where: { id: accountId }, data: { emailConfirmedAt: null } });
    const again = await verify(code);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toEqual([{ field: 'code', message: expect.any(String) }]);
    expect(await confirmedAt()).toBeNull();
  });

  it('a receipt for a payment goes out once the address is confirmed', async () => {
    const pay = async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/payments',
        payload: {
          caseNumber: '1000000001',
          amountCents: 1_234,
          paymentToken: await cardToken(ctx.app, '4242424242424242'),
        },
        headers: { ...headers(), 'idempotency-key': randomUUID() },
      });
      expect(response.statusCode).toBe(201);
      const number: string = response.json().confirmationNumber;
      return ctx.prisma.emailOutbox.count({ where: { subject: { contains: number } } });
    };
    expect(await pay()).toBe(0);
    await send();
    expect((await verify(await codeSentTo(address))).statusCode).toBe(200);
    expect(await pay()).toBe(1);
  });

  it('refuses a wrong code naming the field, and the right one still works after it', async () => {
    await send();
    const code = await codeSentTo(address);
    const wrong = await verify(otherThan(code));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { field: 'code', message: expect.stringContaining('not right') },
    ]);
    expect(await confirmedAt()).toBeNull();
    expect((await verify(code)).statusCode).toBe(200);
  });

  it('refuses a malformed code naming the field', async () => {
    const response = await verify('12ab');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ field: 'code', message: expect.any(String) }]);
  });

  it('refuses an expired code', async () => {
    await send();
    const code = await codeSentTo(address);
    minutes(ctx.app.policy.emailConfirmation.codeMinutes);
    token = await signIn(ctx.app, 'demo.payer'); // the access token is shorter-lived than the code
    const response = await verify(code);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'code', message: expect.stringContaining('expired') },
    ]);
    expect(await confirmedAt()).toBeNull();
  });

  it('kills the code after too many wrong tries: even the right code then answers 429', async () => {
    await send();
    const code = await codeSentTo(address);
    for (let i = 0; i < ctx.app.policy.emailConfirmation.maxAttempts; i++) {
      expect((await verify(otherThan(code))).statusCode).toBe(400);
    }
    const blocked = await verify(code);
    expect(blocked.statusCode).toBe(429);
    expect(await confirmedAt()).toBeNull();
    // A new code (after the resend wait) works again.
    minutes(2);
    await send();
    expect((await verify(await codeSentTo(address))).statusCode).toBe(200);
  });

  it('does not accept a code sent to the previous address once the address changed', async () => {
    await send();
    const code = await codeSentTo(address);
    await ctx.prisma.customerAccount.update({
      where: { id: accountId },
      data: { email: 'new.address@example.net' },
    });
    const response = await verify(code);
    expect(response.statusCode).toBe(400);
    expect(await confirmedAt()).toBeNull();
    minutes(2);
    await send();
    expect((await verify(await codeSentTo('new.address@example.net'))).statusCode).toBe(200);
  });

  it('limits resends: one a minute and a few a day; a new code replaces the old', async () => {
    expect((await send()).statusCode).toBe(200);
    const first = await codeSentTo(address);
    const soon = await send();
    expect(soon.statusCode).toBe(429);
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 1; i < ctx.app.policy.emailConfirmation.sendsPerDay; i++) {
      minutes(2);
      expect((await send()).statusCode).toBe(200);
    }
    minutes(2);
    expect((await send()).statusCode).toBe(429);
    const latest = await codeSentTo(address);
    if (latest !== first) expect((await verify(first)).statusCode).toBe(400);
    expect((await verify(latest)).statusCode).toBe(200);
  });

  it('answers 409 once confirmed, and needs a signed-in parent', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: accountId },
      data: { emailConfirmedAt: ctx.clock.now() },
    });
    expect((await send()).statusCode).toBe(409);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/me/email/confirmation' })).statusCode).toBe(
      401,
    );
  });
});
