// Recovery step 1 (docs/product.md §3.4): the questions come back the same way whether or not a registered
// account matches the identity — same status, same shape, same token length — and repeating an
// identity shows the same questions, for real accounts and decoys alike. 5 starts per SSN a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPerson, createQuestions, nextSsn } from '../../testing/fixtures.ts';
import { identityOf, postStart, start, type Identity } from '../../testing/recovery.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const shapeOf = (body: { recoveryToken: string; questions: Array<{ id: number; text: string }> }) => ({
  keys: Object.keys(body).sort(),
  tokenLength: body.recoveryToken.length,
  questionCount: body.questions.length,
  questionKeys: body.questions.map((q) => Object.keys(q).sort().join()),
});

describe('POST /api/v1/recovery/start', () => {
  it('asks a registered parent 2 of their own 3 questions, the same 2 on every try', async () => {
    const customer = await createCustomer(ctx.prisma);
    const first = await start(ctx.app, identityOf(customer));
    expect(first.questions).toHaveLength(2);
    for (const question of first.questions) expect([1, 2, 3]).toContain(question.id);
    expect(first.questions[0]?.text).toMatch(/\?$/);

    const again = await start(ctx.app, {
      ...identityOf(customer),
      firstName: ` ${customer.person.firstName.toUpperCase()} `,
      ssn: customer.person.ssn.replaceAll('-', ''),
    });
    expect(again.questions).toEqual(first.questions);
    expect(again.recoveryToken).not.toBe(first.recoveryToken);
  });

  it('answers an identity without an account with plausible decoys, stable across repeats', async () => {
    const unknown: Identity = {
      firstName: 'Nobody',
      lastName: 'Known',
      ssn: nextSsn(),
      dateOfBirth: '1980-01-01',
    };
    const first = await start(ctx.app, unknown);
    expect(first.questions).toHaveLength(2);
    const active = await ctx.prisma.securityQuestion.findMany();
    for (const question of first.questions)
      expect(active.find((q) => q.id === question.id)?.text).toBe(question.text);
    for (let i = 0; i < 3; i += 1) expect((await start(ctx.app, unknown)).questions).toEqual(first.questions);
  });

  it('draws different decoys for different identities (not one fixed set that would give them away)', async () => {
    const sets = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const { questions } = await start(ctx.app, {
        firstName: `Person${i}`,
        lastName: 'Decoy',
        ssn: nextSsn(),
        dateOfBirth: '1975-06-15',
      });
      sets.add(questions.map((q) => q.id).join(','));
    }
    expect(sets.size).toBeGreaterThan(3);
  });

  it('gives every kind of mismatch the same status and shape as a real account', async () => {
    const real = await createCustomer(ctx.prisma);
    const disabled = await createCustomer(ctx.prisma, { status: 'disabled' });
    const unregistered = {
      firstName: 'Una',
      lastName: 'Registered',
      dateOfBirth: '1991-03-03',
      ssn: nextSsn(),
    };
    await createPerson(ctx.prisma, unregistered);
    const identity = identityOf(real);
    const variants: Identity[] = [
      identity,
      { ...identity, firstName: 'Someone' },
      { ...identity, lastName: 'Else' },
      { ...identity, dateOfBirth: '1985-05-21' },
      { ...identity, ssn: nextSsn() },
      { ...identity, ssn: '000-12-3456' }, // not a valid SSN at all
      identityOf(disabled),
      unregistered,
    ];
    const [reference, ...others] = await Promise.all(variants.map((variant) => postStart(ctx.app, variant)));
    if (!reference) throw new Error('no answer');
    expect(reference.statusCode).toBe(200);
    for (const answer of others) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe(reference.headers['content-type']);
      expect(shapeOf(answer.json())).toEqual(shapeOf(reference.json()));
    }
  });

  it('keeps the token opaque: nothing in it names the account or the person', async () => {
    const customer = await createCustomer(ctx.prisma);
    const { recoveryToken } = await start(ctx.app, identityOf(customer));
    expect(recoveryToken).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = Buffer.from(recoveryToken, 'base64url').toString('latin1');
    for (const value of [
      customer.accountId,
      customer.personId,
      customer.userId,
      customer.person.lastName,
      '"q"',
    ]) {
      expect(decoded).not.toContain(value);
    }
  });

  it('allows 5 starts per SSN in 24 hours, registered or not, with one answer for both', async () => {
    const real = identityOf(await createCustomer(ctx.prisma));
    const unknown: Identity = {
      firstName: 'Nora',
      lastName: 'Nobody',
      ssn: nextSsn(),
      dateOfBirth: '1970-07-07',
    };
    const refusals = [];
    for (const identity of [real, unknown]) {
      // The limit is per SSN: other names with the same SSN count too.
      for (let i = 0; i < 5; i += 1)
        expect(
          (await postStart(ctx.app, { ...identity, firstName: `${identity.firstName}${i % 2 ? 'x' : ''}` }))
            .statusCode,
        ).toBe(200);
      const refused = await postStart(ctx.app, identity);
      expect(refused.statusCode).toBe(403);
      refusals.push(refused.json().error);
    }
    const [first, second] = refusals.map(({ requestId: _requestId, ...rest }) => rest);
    expect(first).toEqual(second);
    expect(first).toMatchObject({
      code: 'RECOVERY_BLOCKED',
      message: expect.stringContaining('1-877-423-4746'),
    });

    ctx.clock.advance(24 * 3_600_000 + 1);
    expect((await postStart(ctx.app, real)).statusCode).toBe(200);
    expect((await postStart(ctx.app, unknown)).statusCode).toBe(200);
    const rows = await ctx.prisma.verificationAttempt.findMany({ where: { kind: 'recovery_start' } });
    for (const row of rows) expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('audits each start with its reason, and never the SSN', async () => {
    const ssn = nextSsn();
    await start(ctx.app, { firstName: 'Audit', lastName: 'Trail', ssn, dateOfBirth: '1982-02-02' });
    const event = await ctx.prisma.auditEvent.findFirst({
      where: { action: 'recovery_start' },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({ outcome: 'failure', details: { reason: 'ssn_not_found' } });
    const row = JSON.stringify(event, (_, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    );
    expect(row).not.toContain(ssn);
    expect(row).not.toContain(ssn.replaceAll('-', ''));
  });

  it('refuses a malformed identity without echoing the SSN', async () => {
    const response = await postStart(ctx.app, {
      firstName: '',
      lastName: 'X',
      ssn: '12-345-6789',
      dateOfBirth: '1980-13-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('12-345-6789');
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['dateOfBirth', 'firstName', 'ssn']);
  });
});
