// Provide Info through HTTP: the parent's details on file, a change request per kind with its
// fields validated (US states incl. DC and territories, ZIP or ZIP+4, phone formats normalised,
// email), listed with its status — and nothing on file changes before a caseworker accepts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let parent: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  parent = await signIn(ctx.app, 'demo.parent');
});
afterAll(() => ctx?.close());

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const submit = (payload: object, token = parent) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/change-requests', payload, headers: auth(token) });
const fieldsOf = (response: Awaited<ReturnType<typeof submit>>) =>
  response.json().error.fields.map((f: { field: string }) => f.field);

describe('Provide Info', () => {
  it('shows the parent their own details on file', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/contact-details',
      headers: auth(parent),
    });
    expect(response.statusCode).toBe(200);
    const casey = await ctx.prisma.person.findFirstOrThrow({
      where: { firstName: 'Casey', lastName: 'Morgan' },
    });
    expect(response.json()).toMatchObject({
      email: 'casey.morgan@example.com',
      address: { addressLine1: casey.addressLine1, zip: casey.zip },
    });
  });

  it('records an address change as submitted, lists it, and leaves the record as it was', async () => {
    const before = await ctx.prisma.person.findFirstOrThrow({
      where: { firstName: 'Casey', lastName: 'Morgan' },
    });
    const response = await submit({
      kind: 'address',
      addressLine1: ' 12 Peachtree St NE ',
      city: 'Atlanta',
      state: 'ga',
      zip: '30303-1234',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'address',
      status: 'submitted',
      requested: { addressLine1: '12 Peachtree St NE', state: 'GA', zip: '30303-1234' },
      reviewReason: null,
    });
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/change-requests',
      headers: auth(parent),
    });
    expect(list.json().items[0]).toMatchObject({ id: response.json().id, status: 'submitted' });
    const after = await ctx.prisma.person.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.addressLine1).toBe(before.addressLine1);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'change_request_submitted', subjectId: response.json().id },
      }),
    ).toBe(1);
  });

  it('accepts DC and the territories as states', async () => {
    for (const state of ['DC', 'PR', 'GU']) {
      expect(
        (await submit({ kind: 'address', addressLine1: '1 Main St', city: 'Somewhere', state, zip: '00901' }))
          .statusCode,
      ).toBe(201);
    }
  });

  it('normalises common phone formats to 10 digits', async () => {
    for (const phone of ['(404) 555-0100', '404.555.0100', '+1 404 555 0100', '4045550100']) {
      const response = await submit({ kind: 'phone', phone });
      expect(response.statusCode, phone).toBe(201);
      expect(response.json().requested).toEqual({ phone: '4045550100' });
    }
  });

  it('names each invalid field with a reason', async () => {
    const address = await submit({
      kind: 'address',
      addressLine1: '',
      city: 'Atlanta',
      state: 'ZZ',
      zip: '3030',
    });
    expect(address.statusCode).toBe(400);
    expect(fieldsOf(address)).toEqual(expect.arrayContaining(['addressLine1', 'state', 'zip']));
    expect(fieldsOf(await submit({ kind: 'phone', phone: '555-0100' }))).toEqual(['phone']);
    expect(fieldsOf(await submit({ kind: 'phone', phone: '404-555-01OO' }))).toEqual(['phone']);
    expect(fieldsOf(await submit({ kind: 'email', email: 'casey@', currentPassword: 'x' }))).toEqual([
      'email',
    ]);
    expect(fieldsOf(await submit({ kind: 'employer', employerName: '  ' }))).toEqual(['employerName']);
    const unknown = await submit({ kind: 'ssn', ssn: '123-45-6789' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('kind');
  });

  it('needs a signed-in parent', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/change-requests' })).statusCode).toBe(401);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/change-requests',
          payload: { kind: 'phone', phone: '4045550100' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('asks for the current password to change the email address, and counts a wrong one', async () => {
    const failures = async () =>
      (await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } }))
        .failedSignInCount;
    const requests = () => ctx.prisma.changeRequest.count({ where: { kind: 'email' } });
    const before = await requests();

    const missing = await submit({ kind: 'email', email: 'casey.two@example.com' });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['currentPassword']);

    const startFailures = await failures();
    const wrong = await submit({
      kind: 'email',
      email: 'casey.two@example.com',
      currentPassword: 'not my password at all',
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    expect(await failures()).toBe(startFailures + 1);
    expect(await requests()).toBe(before);

    const right = await submit({
      kind: 'email',
      email: 'casey.two@example.com',
      currentPassword: DEMO_CUSTOMER_PASSWORD,
    });
    expect(right.statusCode, right.body).toBe(201);
    expect(right.json().requested).toEqual({ email: 'casey.two@example.com' });
    expect(await failures()).toBe(0); // a right password clears the count, as at sign-in
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'step_up', outcome: 'failure' } })).toBe(1);
  });
});
