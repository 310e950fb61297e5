// Parents' passkeys over real HTTP and PostgreSQL, with a software authenticator standing in for
// the parent's device: added on the Security page, then a sign-in with the passkey alone; the
// refusals an attacker would try (a replayed assertion, a passkey made for another site, an
// assertion on another origin, a stale challenge, a locked account); removal after the password;
// and step-up on Direct Deposit and an email change with a fresh passkey assertion in place of the password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, signIn } from '../../testing/http.ts';
import { SoftAuthenticator } from '../../testing/soft-authenticator.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;
let token: string;
const here = { rpId: 'localhost', origin: 'http://localhost:3000' };
const device = new SoftAuthenticator(here);

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  customer = await createCustomer(ctx.prisma, { email: 'taylor@example.org' });
  token = (await signIn(ctx.app, customer.userId)).accessToken;
});
afterAll(() => ctx.close());

const post = (url: string, payload?: object, accessToken?: string) =>
  ctx.app.inject({
    method: 'POST',
    url,
    ...(payload ? { payload } : {}),
    ...(accessToken ? { headers: bearer(accessToken) } : {}),
  });

async function signInOptions() {
  const response = await post('/api/v1/auth/passkey/options');
  expect(response.statusCode).toBe(200);
  return response.json<{ challenge: string; rpId: string; allowCredentials?: unknown[] }>();
}

describe('passkeys', () => {
  it('adds a passkey (named, discoverable, user verification) and lists it without secrets', async () => {
    const options = (await post('/api/v1/me/passkeys/options', undefined, token)).json();
    expect(options.rp).toEqual({ id: 'localhost', name: 'Customer Online Services' });
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    });
    const added = await post(
      '/api/v1/me/passkeys',
      { name: 'My phone', attestation: device.create(options) },
      token,
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ name: 'My phone', lastUsedAt: null });

    const factors = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/factors',
      headers: bearer(token),
    });
    expect(factors.json().passkeys).toHaveLength(1);
    expect(factors.body).not.toContain('publicKey');
    const outbox = await ctx.prisma.emailOutbox.findMany({ where: { toAddress: 'taylor@example.org' } });
    expect(outbox.map((m) => m.subject)).toContain('A passkey was added to your account');
  });

  it('refuses a registration whose challenge was already used', async () => {
    const options = (await post('/api/v1/me/passkeys/options', undefined, token)).json();
    const other = new SoftAuthenticator(here);
    const attestation = other.create(options);
    expect((await post('/api/v1/me/passkeys', { name: 'Key', attestation }, token)).statusCode).toBe(201);
    const again = await post('/api/v1/me/passkeys', { name: 'Key again', attestation }, token);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0].field).toBe('attestation');
  });

  it('signs in with the passkey alone (no User ID, no password), audited as a sign-in', async () => {
    const options = await signInOptions();
    expect(options.allowCredentials ?? []).toEqual([]);
    const response = await post('/api/v1/auth/passkey', { assertion: device.get(options) });
    expect(response.statusCode, response.body).toBe(200);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(response.json().accessToken),
    });
    expect(me.json().userId).toBe(customer.userId);
    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'sign_in', accountId: customer.accountId, outcome: 'success' },
    });
    expect(events.map((event) => event.details)).toContainEqual(
      expect.objectContaining({ method: 'passkey' }),
    );
    const stored = await ctx.prisma.customerPasskey.findFirstOrThrow({ where: { name: 'My phone' } });
    expect(Number(stored.signCount)).toBe(1);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it('refuses a replayed assertion (its challenge is spent)', async () => {
    const assertion = device.get(await signInOptions());
    expect((await post('/api/v1/auth/passkey', { assertion })).statusCode).toBe(200);
    const replayed = await post('/api/v1/auth/passkey', { assertion });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a passkey made for another site, and an assertion made on another origin', async () => {
    const elsewhere = new SoftAuthenticator({ rpId: 'evil.example', origin: 'https://evil.example' });
    const options = (await post('/api/v1/me/passkeys/options', undefined, token)).json();
    expect(
      (await post('/api/v1/me/passkeys', { name: 'Evil', attestation: elsewhere.create(options) }, token))
        .statusCode,
    ).toBe(400);

    // Our passkey, but the signature was made for another RP id: refused.
    const credential = device.credentials[0];
    if (!credential) throw new Error('no credential');
    const forged = new SoftAuthenticator({ rpId: 'evil.example', origin: here.origin });
    forged.credentials.push({ ...credential, rpId: 'evil.example' });
    expect(
      (await post('/api/v1/auth/passkey', { assertion: forged.get(await signInOptions()) })).statusCode,
    ).toBe(401);
    // Our passkey on a phishing origin: refused.
    const phished = new SoftAuthenticator({ rpId: 'localhost', origin: 'https://evil.example' });
    phished.credentials.push({ ...credential });
    expect(
      (await post('/api/v1/auth/passkey', { assertion: phished.get(await signInOptions()) })).statusCode,
    ).toBe(401);
  });

  it('refuses a challenge older than the policy allows (5 minutes)', async () => {
    const options = await signInOptions();
    ctx.clock.advance(5 * 60_000 + 1);
    expect((await post('/api/v1/auth/passkey', { assertion: device.get(options) })).statusCode).toBe(401);
  });

  it('refuses a locked account even with its passkey', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: customer.accountId },
      data: { lockedUntil: new Date(ctx.clock.now().getTime() + 60_000) },
    });
    const response = await post('/api/v1/auth/passkey', { assertion: device.get(await signInOptions()) });
    expect(response.statusCode).toBe(401);
    await ctx.prisma.customerAccount.update({
      where: { id: customer.accountId },
      data: { lockedUntil: null },
    });
  });

  it('changes Direct Deposit with a fresh passkey assertion in place of the password (step-up)', async () => {
    await ctx.prisma.featureSwitch.upsert({
      where: { key: 'directDepositUpdate' },
      create: { key: 'directDepositUpdate', description: 'Direct Deposit updates', enabled: true },
      update: { enabled: true },
    });
    const body = {
      routingNumber: '061000052',
      accountNumber: '000987654321',
      accountNumberConfirmation: '000987654321',
      accountType: 'savings',
    };
    const put = (payload: object) =>
      ctx.app.inject({ method: 'PUT', url: '/api/v1/direct-deposit', headers: bearer(token), payload });
    const bare = await put(body);
    expect(bare.statusCode).toBe(403);
    expect(bare.json().error.code).toBe('STEP_UP_REQUIRED');
    const wrong = await put({ ...body, currentPassword: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].field).toBe('currentPassword');

    const options = (await post('/api/v1/me/step-up/options', undefined, token)).json();
    const passkeyAssertion = device.get(options);
    const changed = await put({ ...body, passkeyAssertion });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().pendingChange.accountNumberLast4).toBe('4321');
    // The assertion was for that change only.
    expect((await put({ ...body, passkeyAssertion })).statusCode).toBe(400);
    // A sign-in assertion is not a step-up.
    expect((await put({ ...body, passkeyAssertion: device.get(await signInOptions()) })).statusCode).toBe(
      400,
    );
  });

  it('asks for an email change with a fresh passkey assertion in place of the password (step-up)', async () => {
    const change = { kind: 'email', email: 'taylor.new@example.org' };
    const submit = (payload: object) => post('/api/v1/change-requests', payload, token);
    const bare = await submit(change);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields[0].field).toBe('currentPassword');

    const passkeyAssertion = device.get((await post('/api/v1/me/step-up/options', undefined, token)).json());
    const sent = await submit({ ...change, passkeyAssertion });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().requested).toEqual({ email: 'taylor.new@example.org' });
    // The proof is not part of what was asked for, and it was for that change only.
    const stored = await ctx.prisma.changeRequest.findFirstOrThrow({
      where: { accountId: customer.accountId },
    });
    expect(JSON.stringify(stored.payload)).not.toContain('signature');
    const replayed = await submit({ ...change, passkeyAssertion });
    expect(replayed.statusCode).toBe(400);
    expect(replayed.json().error.fields[0].field).toBe('passkey');
    expect(await ctx.prisma.changeRequest.count({ where: { accountId: customer.accountId } })).toBe(1);
  });

  it('removes a passkey only after the current password; it then signs nobody in', async () => {
    const [passkey] = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/me/factors', headers: bearer(token) })
    ).json().passkeys;
    const url = `/api/v1/me/passkeys/${passkey.id}/remove`;
    expect((await post(url, {}, token)).statusCode).toBe(403);
    expect((await post(url, { currentPassword: 'wrong password here' }, token)).statusCode).toBe(400);
    expect((await post(url, { currentPassword: FIXTURE_PASSWORD }, token)).statusCode).toBe(200);
    expect(
      (await post('/api/v1/auth/passkey', { assertion: device.get(await signInOptions()) })).statusCode,
    ).toBe(401);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'passkey_removed' } })).toBe(1);
  });
});
