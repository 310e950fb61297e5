// Registration step 1 through the API: the identity check, its one generic failure whatever was
// wrong, the already-registered person, and the block after 5 failures per case number or SSN.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAccount,
  createCase,
  createPerson,
  createQuestions,
  nextCaseNumber,
  nextSsn,
} from '../../testing/fixtures.ts';
import { getMe } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const GENERIC =
  'We could not verify your information. Check what you entered and try again, or call the Customer Communication Center at 1-877-423-4746.';
let ctx: TestApp;
let input: { caseNumber: string; firstName: string; lastName: string; dateOfBirth: string; ssn: string };
let personId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  input = {
    caseNumber: nextCaseNumber(),
    firstName: 'Jordan',
    lastName: 'Avery',
    dateOfBirth: '1988-04-12',
    ssn: nextSsn(),
  };
  personId = await createPerson(ctx.prisma, {
    firstName: 'Jordán',
    lastName: 'Avery',
    dateOfBirth: input.dateOfBirth,
    ssn: input.ssn,
  });
  await createCase(ctx.prisma, input.caseNumber, personId);
});

const verify = (payload: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/registration/verify', payload });

function expectGeneric(response: Awaited<ReturnType<typeof verify>>) {
  expect(response.statusCode).toBe(422);
  expect(response.json()).toEqual({
    error: { code: 'IDENTITY_NOT_VERIFIED', message: GENERIC, requestId: expect.any(String) },
  });
}

describe('registration identity check', () => {
  it('gives a 15-minute registration token for the person, which is no access token', async () => {
    const response = await verify({ ...input, firstName: '  JORDAN ', ssn: input.ssn.replaceAll('-', '') });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toEqual({ registrationToken: expect.any(String), expiresIn: 900, firstName: 'Jordán' });
    const payload = JSON.parse(Buffer.from(body.registrationToken.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ sub: personId, aud: 'cos-registration', iss: 'cos-api' });
    expect((await getMe(ctx.app, body.registrationToken)).statusCode).toBe(401);
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'registration_verify', subjectId: personId },
    });
    expect(audit).toMatchObject({
      outcome: 'success',
      ip: '127.0.0.1',
      requestId: response.headers['x-request-id'],
    });
  });

  it('answers every mismatch with the same generic message, never naming the field', async () => {
    const elsewhere = nextCaseNumber();
    await createCase(
      ctx.prisma,
      elsewhere,
      await createPerson(ctx.prisma, {
        firstName: 'Sam',
        lastName: 'Other',
        dateOfBirth: '1980-01-01',
        ssn: nextSsn(),
      }),
    );
    const mismatches: Array<(real: typeof input) => object> = [
      (real) => ({ ...real, caseNumber: elsewhere }), // a real case, but not theirs
      (real) => ({ ...real, caseNumber: '9999999999' }), // no such case
      (real) => ({ ...real, firstName: 'Jordyn' }),
      (real) => ({ ...real, lastName: 'Averyy' }),
      (real) => ({ ...real, dateOfBirth: '1988-04-13' }),
      (real) => ({ ...real, ssn: nextSsn() }),
      (real) => ({ ...real, ssn: '000-12-3456' }), // not a valid SSN at all
    ];
    for (const mismatch of mismatches) {
      // A fresh person and case each time, so the 5-failure block never interferes.
      const real = { ...input, caseNumber: nextCaseNumber(), ssn: nextSsn() };
      await createCase(
        ctx.prisma,
        real.caseNumber,
        await createPerson(ctx.prisma, { ...real, firstName: 'Jordan' }),
      );
      expectGeneric(await verify(mismatch(real)));
    }
    const reasons = (
      await ctx.prisma.auditEvent.findMany({ where: { action: 'registration_verify', outcome: 'failure' } })
    ).map((e) => e.details);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'not_a_participant' }),
        expect.objectContaining({ reason: 'name_mismatch' }),
        expect.objectContaining({ reason: 'date_of_birth_mismatch' }),
        expect.objectContaining({ reason: 'ssn_not_found' }),
        expect.objectContaining({ reason: 'invalid_ssn' }),
      ]),
    );
  });

  it('gives an already registered person the same answer, and tells the existing account', async () => {
    const accountId = await createAccount(ctx.prisma, personId, { userId: `jordan.${input.caseNumber}` });
    expectGeneric(await verify(input));
    // Written after the answer went out, so it may land a moment later.
    const notifications = await vi.waitFor(async () => {
      const found = await ctx.prisma.notification.findMany({ where: { accountId } });
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notifications).toEqual([
      expect.objectContaining({
        kind: 'duplicate_registration',
        subject: 'Someone tried to register with your details',
      }),
    ]);
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'registration_duplicate', accountId },
    });
    expect(audit.outcome).toBe('denied');
  });

  it('blocks the case number after 5 failed checks in 24 hours, and lifts the block after them', async () => {
    for (let i = 0; i < 4; i += 1) expectGeneric(await verify({ ...input, ssn: nextSsn() }));
    const fifth = await verify({ ...input, ssn: nextSsn() });
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().error.code).toBe('REGISTRATION_BLOCKED');
    expect(fifth.json().error.message).toMatch(/1-877-423-4746/);
    // Even the right details are refused now, and no longer counted.
    expect((await verify(input)).statusCode).toBe(403);
    ctx.clock.advance(23 * 3_600_000);
    expect((await verify(input)).statusCode).toBe(403);
    ctx.clock.advance(3_600_000);
    expect((await verify(input)).statusCode).toBe(200);
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'registration_blocked' } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('blocks an SSN after 5 failed checks across case numbers', async () => {
    for (let i = 0; i < 5; i += 1) await verify({ ...input, caseNumber: nextCaseNumber() });
    expect((await verify(input)).json().error.code).toBe('REGISTRATION_BLOCKED');
  });

  it('keeps only keyed hashes in the attempts table, never the SSN or the case number', async () => {
    await verify({ ...input, firstName: 'Nobody' });
    const rows = await ctx.prisma.verificationAttempt.findMany();
    const digits = input.ssn.replaceAll('-', '');
    for (const row of rows) {
      expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.keyHash).not.toContain(digits);
      expect(row.keyHash).not.toContain(input.caseNumber);
    }
  });

  // Failed before the joined read: a person on file cost Prisma's nested selects extra queries (and
  // an already-registered one a notification) before the answer, which an unknown SSN did not.
  it('runs the same statements before its answer whether or not the SSN is on file or registered', async () => {
    const original = pg.Client.prototype.query;
    let statements = 0;
    const counting = function (this: pg.Client, ...args: Parameters<typeof original>) {
      statements += 1;
      return Reflect.apply(original, this, args);
    };
    const statementsFor = async (body: typeof input) => {
      statements = 0;
      pg.Client.prototype.query = counting as typeof original;
      try {
        expectGeneric(await verify(body));
      } finally {
        pg.Client.prototype.query = original;
      }
      return statements;
    };
    await createAccount(ctx.prisma, personId, { userId: `jordan.${input.caseNumber}` });
    const unknownSsn = await statementsFor({ ...input, ssn: nextSsn(), caseNumber: nextCaseNumber() });
    const wrongName = await statementsFor({ ...input, lastName: 'Else', caseNumber: nextCaseNumber() });
    const registered = await statementsFor(input);
    expect(unknownSsn).toBeGreaterThan(0);
    expect({ wrongName, registered }).toEqual({ wrongName: unknownSsn, registered: unknownSsn });
  });
});
