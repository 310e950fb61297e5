// Change requests in the console, on the demo data: the queue order (submitted first, oldest first)
// and its pages; an agent accepts an address change and the parent's record, notification, email
// and audit event all change in one transaction — and none of it when the audit insert fails;
// a second review is 409; a rejection needs a reason, which the parent then reads; customer
// tokens are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../testing/http.ts';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { withAuditRefused } from '../../../testing/audit-outage.ts';

let ctx: TestApp;
let agent: string;
let parent: string;
let caseyId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  parent = (await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD)).accessToken;
  caseyId = (await ctx.prisma.person.findFirstOrThrow({ where: { firstName: 'Casey', lastName: 'Morgan' } }))
    .id;
});
afterAll(() => ctx?.close());

const NEW_ADDRESS = {
  kind: 'address',
  addressLine1: '500 Ponce De Leon Ave',
  addressLine2: 'Apt 4',
  city: 'Decatur',
  state: 'GA',
  zip: '30030',
};

async function submitted(payload: object = NEW_ADDRESS): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/change-requests',
    payload,
    headers: { authorization: `Bearer ${parent}` },
  });
  expect(response.statusCode, response.body).toBe(201);
  ctx.clock.advance(1_000); // requests are ordered by when they arrived
  return response.json().id;
}

const staffGet = (url: string, token = agent) =>
  ctx.app.inject({ method: 'GET', url, headers: staffBearer(token) });
const review = (id: string, payload: object, token = agent) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/staff/change-requests/${id}/review`,
    payload,
    headers: staffBearer(token),
  });

describe('change request queue', () => {
  it('lists submitted requests oldest first before reviewed ones, in pages', async () => {
    const first = await submitted({ kind: 'phone', phone: '404-555-0111' });
    const second = await submitted({
      kind: 'employer',
      employerName: 'Peach State Logistics',
      employerAddress: '1 Dock Rd, Savannah GA',
    });
    const reviewed = await submitted({ kind: 'phone', phone: '404-555-0122' });
    expect(
      (await review(reviewed, { decision: 'reject', reason: 'Could not verify the number' })).statusCode,
    ).toBe(200);
    const third = await submitted({
      kind: 'email',
      email: 'casey.new@example.com',
      currentPassword: DEMO_CUSTOMER_PASSWORD,
    });

    const page1 = (await staffGet('/api/v1/staff/change-requests?limit=2')).json();
    const page2 = (await staffGet(`/api/v1/staff/change-requests?limit=2&cursor=${page1.nextCursor}`)).json();
    expect([...page1.items, ...page2.items].map((item: { id: string }) => item.id)).toEqual([
      first,
      second,
      third,
      reviewed,
    ]);
    expect(page1.items[0]).toMatchObject({
      customerName: 'Casey Morgan',
      userId: 'demo.parent',
      status: 'submitted',
      requested: { phone: '4045550111' },
    });
    const onlyReviewed = (await staffGet('/api/v1/staff/change-requests?status=rejected')).json();
    expect(onlyReviewed.items.map((item: { id: string }) => item.id)).toEqual([reviewed]);
    for (const id of [first, second, third])
      expect((await review(id, { decision: 'reject', reason: 'Test tidy-up' })).statusCode).toBe(200);
  });

  it('refuses customer tokens and is open to agents', async () => {
    const customer = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/change-requests',
      headers: staffBearer(parent),
    });
    expect(customer.statusCode).toBe(403);
    expect((await staffGet('/api/v1/staff/change-requests')).statusCode).toBe(200);
  });
});

describe('review', () => {
  it('shows the request beside what is on file, and accepting updates the person record with it', async () => {
    const before = await ctx.prisma.person.findUniqueOrThrow({ where: { id: caseyId } });
    const id = await submitted();
    const view = await staffGet(`/api/v1/staff/change-requests/${id}`);
    expect(view.json()).toMatchObject({
      kind: 'address',
      current: { addressLine1: before.addressLine1, city: before.city, zip: before.zip },
      requested: {
        addressLine1: '500 Ponce De Leon Ave',
        addressLine2: 'Apt 4',
        city: 'Decatur',
        state: 'GA',
        zip: '30030',
      },
    });

    const response = await review(id, { decision: 'accept' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'accepted',
      reviewedBy: 'Dana Whitfield',
      current: { addressLine1: '500 Ponce De Leon Ave', city: 'Decatur' },
    });
    const after = await ctx.prisma.person.findUniqueOrThrow({ where: { id: caseyId } });
    expect(after).toMatchObject({
      addressLine1: '500 Ponce De Leon Ave',
      addressLine2: 'Apt 4',
      city: 'Decatur',
      state: 'GA',
      zip: '30030',
    });

    const details = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/contact-details',
      headers: { authorization: `Bearer ${parent}` },
    });
    expect(details.json().address).toMatchObject({ addressLine1: '500 Ponce De Leon Ave', city: 'Decatur' });
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/change-requests',
      headers: { authorization: `Bearer ${parent}` },
    });
    expect(mine.json().items.find((item: { id: string }) => item.id === id)).toMatchObject({
      status: 'accepted',
    });
    expect(await ctx.prisma.notification.count({ where: { kind: 'change_request_accepted' } })).toBe(1);
    expect(
      await ctx.prisma.emailOutbox.findFirst({ where: { subject: 'Your address change was accepted' } }),
    ).toMatchObject({ toAddress: 'casey.morgan@example.com' });
    expect(
      await ctx.prisma.auditEvent.findFirst({
        where: { action: 'staff_change_request_reviewed', subjectId: id },
      }),
    ).toMatchObject({
      actorType: 'staff',
      details: expect.objectContaining({ decision: 'accepted', kind: 'address' }),
    });
  });

  it('answers 409 to a second review and changes nothing more', async () => {
    const id = await submitted({ kind: 'phone', phone: '(912) 555-0199' });
    expect((await review(id, { decision: 'accept' })).statusCode).toBe(200);
    const again = await review(id, { decision: 'reject', reason: 'Changed my mind' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    expect(await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'accepted',
      reviewReason: null,
    });
  });

  it('lets only one of two simultaneous reviews through', async () => {
    const id = await submitted({ kind: 'employer', employerName: 'Coastal Foods' });
    const answers = await Promise.all([
      review(id, { decision: 'accept' }),
      review(id, { decision: 'reject', reason: 'Duplicate' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_change_request_reviewed', subjectId: id },
      }),
    ).toBe(1);
  });

  it('needs a reason to reject, and the parent reads it', async () => {
    const id = await submitted({
      kind: 'email',
      email: 'not.mine@example.com',
      currentPassword: DEMO_CUSTOMER_PASSWORD,
    });
    const noReason = await review(id, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].field).toBe('reason');
    expect(
      (await review(id, { decision: 'reject', reason: 'We could not confirm this address is yours' }))
        .statusCode,
    ).toBe(200);
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/change-requests',
      headers: { authorization: `Bearer ${parent}` },
    });
    expect(mine.json().items.find((item: { id: string }) => item.id === id)).toMatchObject({
      status: 'rejected',
      reviewReason: 'We could not confirm this address is yours',
    });
    expect((await ctx.prisma.customerAccount.findFirstOrThrow({ where: { personId: caseyId } })).email).toBe(
      'casey.morgan@example.com',
    );
  });

  it('accepting an email change tells the confirmed old address (masked new one) and leaves the new one unconfirmed', async () => {
    const id = await submitted({
      kind: 'email',
      email: 'casey.elsewhere@example.net',
      currentPassword: DEMO_CUSTOMER_PASSWORD,
    });
    expect((await review(id, { decision: 'accept' })).statusCode).toBe(200);
    const account = await ctx.prisma.customerAccount.findFirstOrThrow({ where: { personId: caseyId } });
    expect(account).toMatchObject({ email: 'casey.elsewhere@example.net', emailConfirmedAt: null });
    const notice = await ctx.prisma.emailOutbox.findFirstOrThrow({
      where: {
        toAddress: 'casey.morgan@example.com',
        subject: 'The email address on your DCSS account was changed',
      },
    });
    expect(notice.body).toContain('call us');
    expect(notice.body).toContain('c•••@example.net');
    expect(notice.body).not.toContain('casey.elsewhere');
    expect(notice.body).not.toContain(DEMO_CUSTOMER_PASSWORD);
    // The request kept what was asked for, never the step-up password.
    const stored = await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored.payload)).not.toContain(DEMO_CUSTOMER_PASSWORD);
    // Case mail now waits for the new address to be confirmed.
    expect(await ctx.prisma.emailOutbox.count({ where: { toAddress: 'casey.elsewhere@example.net' } })).toBe(
      0,
    );
    await ctx.prisma.customerAccount.update({
      where: { id: account.id },
      data: { email: 'casey.morgan@example.com', emailConfirmedAt: ctx.clock.now() },
    });
  });

  it('changes nothing — status, record or notification — when the audit insert fails (503)', async () => {
    const id = await submitted({
      ...NEW_ADDRESS,
      addressLine1: '9 Failing Audit Way',
      addressLine2: undefined,
    });
    const notificationsBefore = await ctx.prisma.notification.count();
    const response = await withAuditRefused(ctx.prisma, 'staff_change_request_reviewed', () =>
      review(id, { decision: 'accept' }),
    );
    expect(response.statusCode).toBe(503);
    expect(response.body).not.toContain('Failing Audit');
    expect(await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'submitted',
      reviewedAt: null,
    });
    expect((await ctx.prisma.person.findUniqueOrThrow({ where: { id: caseyId } })).addressLine1).not.toBe(
      '9 Failing Audit Way',
    );
    expect(await ctx.prisma.notification.count()).toBe(notificationsBefore);
    expect((await review(id, { decision: 'accept' })).statusCode).toBe(200);
    expect((await ctx.prisma.person.findUniqueOrThrow({ where: { id: caseyId } })).addressLine1).toBe(
      '9 Failing Audit Way',
    );
  });

  it('answers 404 for an unknown request', async () => {
    expect(
      (await staffGet('/api/v1/staff/change-requests/0190b7a4-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
