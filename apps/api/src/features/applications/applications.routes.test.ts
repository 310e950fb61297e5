// Apply Now through HTTP: an application is stored with an unguessable confirmation number, its
// status is found only with the number and the applicant's date of birth (a wrong one of either
// gets the same 404), a signed-in parent's applications are linked and listed, bad input is a 400
// naming each field, and the status lookup is throttled per address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationNumber, withUniqueConfirmationNumber } from '../../lib/confirmation-number.ts';
import { bearer } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx?.close());

const application = {
  applicant: {
    firstName: 'Taylor',
    lastName: 'Brooks',
    dateOfBirth: '1990-03-21',
    address: { line1: '12 Peachtree Lane', city: 'Macon', state: 'GA', zip: '31201' },
    phone: '(478) 555-0142',
    email: 'taylor.brooks@example.com',
  },
  otherParent: { firstName: 'Jordan', lastName: 'Brooks', lastKnownAddress: 'Somewhere in Augusta' },
  children: [{ firstName: 'Avery', lastName: 'Brooks', dateOfBirth: '2018-06-01' }],
  existingOrder: { hasOrder: false },
};

const submit = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/applications', payload: payload as object, headers });
const status = (payload: unknown) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/applications/status', payload: payload as object });

describe('POST /api/v1/applications', () => {
  it('stores the application and answers a confirmation number; the status lookup finds it', async () => {
    const response = await submit(application);
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt.confirmationNumber).toMatch(/^APP-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(receipt.status).toBe('received');
    const row = await ctx.prisma.application.findUniqueOrThrow({
      where: { confirmationNumber: receipt.confirmationNumber },
    });
    expect(row).toMatchObject({ applicantFirstName: 'Taylor', applicantLastName: 'Brooks', accountId: null });
    expect(row.details).toMatchObject({
      applicant: { phone: '4785550142' },
      children: [{ firstName: 'Avery' }],
    });

    // Typed in lower case, as people do.
    const found = await status({
      confirmationNumber: receipt.confirmationNumber.toLowerCase(),
      dateOfBirth: '1990-03-21',
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      confirmationNumber: receipt.confirmationNumber,
      status: 'received',
      applicantName: 'Taylor Brooks',
      childCount: 1,
    });
    expect(found.body).not.toContain('Peachtree');
  });

  it('answers a wrong date of birth exactly as a number that does not exist', async () => {
    const { confirmationNumber: number } = (await submit(application)).json();
    const wrongDob = await status({ confirmationNumber: number, dateOfBirth: '1990-03-22' });
    const wrongNumber = await status({ confirmationNumber: 'APP-0000000000', dateOfBirth: '1990-03-21' });
    expect(wrongDob.statusCode).toBe(404);
    expect(wrongNumber.statusCode).toBe(404);
    const strip = (body: string) => ({ ...JSON.parse(body).error, requestId: undefined });
    expect(strip(wrongDob.body)).toEqual(strip(wrongNumber.body));
  });

  it('links the application to a signed-in parent, who alone sees it in their list', async () => {
    const payer = await signIn(ctx.app, 'demo.payer');
    const parent = await signIn(ctx.app, 'demo.parent');
    const { confirmationNumber: number } = (await submit(application, bearer(payer))).json();
    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/applications', headers: bearer(payer) });
    expect(mine.statusCode).toBe(200);
    expect(
      mine.json().items.map((item: { confirmationNumber: string }) => item.confirmationNumber),
    ).toContain(number);
    const theirs = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/applications',
      headers: bearer(parent),
    });
    expect(
      theirs.json().items.map((item: { confirmationNumber: string }) => item.confirmationNumber),
    ).not.toContain(number);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/applications' })).statusCode).toBe(401);
  });

  it('ignores a token that is not a live session (the application is stored, linked to nobody)', async () => {
    const response = await submit(application, bearer('not.a.token'));
    expect(response.statusCode).toBe(201);
    const row = await ctx.prisma.application.findUniqueOrThrow({
      where: { confirmationNumber: response.json().confirmationNumber },
    });
    expect(row.accountId).toBeNull();
  });

  it('refuses bad input with a 400 naming each field, and stores nothing', async () => {
    const before = await ctx.prisma.application.count();
    const response = await submit({
      applicant: {
        ...application.applicant,
        dateOfBirth: '1990-02-30',
        phone: '555',
        address: { line1: '', city: 'Macon', state: 'XX', zip: '3120' },
      },
      children: [],
      existingOrder: { hasOrder: true },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    for (const field of [
      'applicant.dateOfBirth',
      'applicant.phone',
      'applicant.address.line1',
      'applicant.address.state',
      'applicant.address.zip',
      'children',
    ]) {
      expect(fields).toContain(field);
    }
    const order = await submit({ ...application, existingOrder: { hasOrder: true } });
    expect(order.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'existingOrder.court',
      'existingOrder.orderNumber',
    ]);
    const tooMany = await submit({
      ...application,
      children: Array.from({ length: 11 }, () => application.children[0]),
    });
    expect(tooMany.json().error.fields[0]).toEqual({
      field: 'children',
      message: 'Add at most 10 children.',
    });
    expect(await ctx.prisma.application.count()).toBe(before);
  });

  it('refuses a malformed confirmation number before looking anything up', async () => {
    const response = await status({ confirmationNumber: 'APP-123', dateOfBirth: '1990-03-21' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].field).toBe('confirmationNumber');
  });
});

describe('confirmation numbers', () => {
  it('are 10 Crockford base32 characters from the random source, and a collision takes a fresh one', async () => {
    expect(confirmationNumber('APP', (size) => new Uint8Array(size).fill(31))).toBe('APP-ZZZZZZZZZZ');
    const tried: string[] = [];
    let calls = 0;
    const random = (size: number) => new Uint8Array(size).fill(calls++ === 0 ? 0 : 1);
    const result = await withUniqueConfirmationNumber(
      'APP',
      async (number) => {
        tried.push(number);
        if (tried.length === 1) throw Object.assign(new Error('duplicate'), { code: '23505' });
        return number;
      },
      random,
    );
    expect(tried).toEqual(['APP-0000000000', 'APP-1111111111']);
    expect(result).toBe('APP-1111111111');
  });
});

describe('status lookup throttle', () => {
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await createTestApp({ realThrottle: true });
  });
  afterAll(() => throttled?.close());

  it('answers the 21st lookup a minute from one address with 429, so numbers cannot be tried in bulk', async () => {
    const send = () =>
      throttled.app.inject({
        method: 'POST',
        url: '/api/v1/applications/status',
        payload: { confirmationNumber: 'APP-0000000000', dateOfBirth: '1990-01-01' },
        remoteAddress: '203.0.113.40',
      });
    for (let i = 0; i < 20; i += 1) expect((await send()).statusCode).toBe(404);
    const limited = await send();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });
});
