// Applications in the console: an agent lists them received first, oldest first, in pages, reads
// one as the applicant sent it and moves its status along the allowed paths only (anything else,
// and the loser of two simultaneous moves, is a 409); closing needs a reason; every move is one
// audit row with before/after; a linked parent is notified; the public lookup shows the new status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let agent: string;
beforeAll(async () => {
  ctx = await createSeededTestApp();
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
});
afterAll(() => ctx?.close());

const application = {
  applicant: {
    firstName: 'Morgan',
    lastName: 'Reyes',
    dateOfBirth: '1988-07-04',
    address: { line1: '4 Oak Street', city: 'Athens', state: 'GA', zip: '30601' },
    phone: '(706) 555-0199',
  },
  otherParent: { firstName: 'Alex', lastName: 'Reyes' },
  children: [{ firstName: 'Quinn', lastName: 'Reyes', dateOfBirth: '2019-02-11' }],
  existingOrder: { hasOrder: false },
};

type Item = { id: string; confirmationNumber: string; status: string; statusReason: string | null };

async function apply(headers: Record<string, string> = {}): Promise<Item> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    payload: application,
    headers,
  });
  expect(response.statusCode, response.body).toBe(201);
  ctx.clock.advance(1_000); // distinct submission times, so "oldest first" is observable
  const row = await ctx.prisma.application.findUniqueOrThrow({
    where: { confirmationNumber: response.json().confirmationNumber },
  });
  return {
    id: row.id,
    confirmationNumber: row.confirmationNumber,
    status: row.status,
    statusReason: row.statusReason,
  };
}

const list = (query: Record<string, string> = {}, token = agent) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/staff/applications', query, headers: staffBearer(token) });
const move = (id: string, payload: object, headers = staffBearer(agent)) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/staff/applications/${id}/status`, payload, headers });
const lookup = (confirmationNumber: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/applications/status',
    payload: { confirmationNumber, dateOfBirth: application.applicant.dateOfBirth },
  });

async function allPages(query: Record<string, string>): Promise<Item[]> {
  const seen: Item[] = [];
  let cursor: string | null = null;
  do {
    const response = await list({ ...query, ...(cursor ? { cursor } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: Item[]; nextCursor: string | null } = response.json();
    expect(page.items.length).toBeLessThanOrEqual(Number(query.limit ?? 20));
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('console applications', () => {
  it('lists received applications first, oldest first, in pages; filters by status', async () => {
    const first = await apply();
    const second = await apply();
    const third = await apply();
    expect((await move(first.id, { status: 'in_review' })).statusCode).toBe(200);
    const all = await allPages({ limit: '2' });
    const ids = all.map((item) => item.id);
    // second and third are still received, so they come before first (in review) though it is older.
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(third.id));
    expect(ids.indexOf(third.id)).toBeLessThan(ids.indexOf(first.id));
    const receivedEnd = all.findIndex((item) => item.status !== 'received');
    expect(all.slice(receivedEnd).every((item) => item.status !== 'received')).toBe(true);
    const inReview = await allPages({ status: 'in_review', limit: '50' });
    expect(inReview.map((item) => item.id)).toContain(first.id);
    expect(inReview.every((item) => item.status === 'in_review')).toBe(true);
    expect((await list({ cursor: 'garbage' })).statusCode).toBe(400);
    expect((await list({ status: 'lost' })).statusCode).toBe(400);
  });

  it('shows one application as the applicant sent it, audited', async () => {
    const item = await apply();
    const view = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/staff/applications/${item.id}`,
      headers: staffBearer(agent),
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      id: item.id,
      confirmationNumber: item.confirmationNumber,
      status: 'received',
      applicantName: 'Morgan Reyes',
      childCount: 1,
      fromAccount: false,
      details: {
        applicant: { phone: '7065550199', address: { city: 'Athens' } },
        otherParent: { firstName: 'Alex' },
        children: [{ firstName: 'Quinn' }],
        existingOrder: { hasOrder: false },
      },
    });
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'staff_application_view', subjectId: item.id } }),
    ).toBe(1);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/staff/applications/0191d2a4-0000-7000-8000-000000000000',
          headers: staffBearer(agent),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/staff/applications/nope',
          headers: staffBearer(agent),
        })
      ).statusCode,
    ).toBe(400);
  });

  it('moves received → in review → accepted; audited with before/after; the parent is notified and the lookup shows it', async () => {
    const parent = await signIn(ctx.app, 'demo.parent');
    const item = await apply(bearer(parent));
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });

    const reviewing = await move(item.id, { status: 'in_review' });
    expect(reviewing.statusCode, reviewing.body).toBe(200);
    expect(reviewing.json()).toMatchObject({ status: 'in_review', statusReason: null, fromAccount: true });
    expect((await lookup(item.confirmationNumber)).json()).toMatchObject({
      status: 'in_review',
      statusReason: null,
    });

    const agentUser = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } });
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_application_status_changed', subjectId: item.id },
    });
    expect(audit).toMatchObject({
      actorType: 'staff',
      actorId: agentUser.id,
      subjectType: 'application',
      accountId: account.id,
      outcome: 'success',
      details: {
        confirmationNumber: item.confirmationNumber,
        before: 'received',
        after: 'in_review',
        reason: null,
      },
    });
    const notice = await ctx.prisma.notification.findFirstOrThrow({
      where: { accountId: account.id, kind: 'application_in_review' },
    });
    expect(notice.subject).toContain(item.confirmationNumber);
    expect(`${notice.subject} ${notice.body}`).not.toMatch(/Morgan|Reyes|Quinn|Oak Street/);

    const accepted = await move(item.id, { status: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/applications',
      headers: bearer(parent),
    });
    expect(
      mine.json().items.find((candidate: Item) => candidate.confirmationNumber === item.confirmationNumber),
    ).toMatchObject({ status: 'accepted' });
    expect(
      await ctx.prisma.notification.count({ where: { accountId: account.id, kind: 'application_accepted' } }),
    ).toBe(1);

    // Nothing moves on from accepted, and a status already reached is a 409.
    const again = await move(item.id, { status: 'accepted' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already accepted'),
    });
    expect((await move(item.id, { status: 'closed', reason: 'Too late' })).statusCode).toBe(409);
  });

  it('closes with a reason (400 naming reason without one), from received and from in review; the lookup shows the reason', async () => {
    const item = await apply();
    const missing = await move(item.id, { status: 'closed' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect((await move(item.id, { status: 'closed', reason: '   ' })).statusCode).toBe(400);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      'received',
    );

    const closed = await move(item.id, {
      status: 'closed',
      reason: 'The other parent lives outside Georgia.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      statusReason: 'The other parent lives outside Georgia.',
    });
    expect((await lookup(item.confirmationNumber)).json()).toMatchObject({
      status: 'closed',
      statusReason: 'The other parent lives outside Georgia.',
    });
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_application_status_changed', subjectId: item.id },
    });
    expect(audit.details).toMatchObject({
      before: 'received',
      after: 'closed',
      reason: 'The other parent lives outside Georgia.',
    });
    expect((await move(item.id, { status: 'in_review' })).statusCode).toBe(409);

    const reviewed = await apply();
    expect((await move(reviewed.id, { status: 'in_review' })).statusCode).toBe(200);
    expect(
      (await move(reviewed.id, { status: 'closed', reason: 'Withdrawn by the applicant.' })).statusCode,
    ).toBe(200);
  });

  it('refuses received → accepted (409) and changes nothing', async () => {
    const item = await apply();
    const skipped = await move(item.id, { status: 'accepted' });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().error.code).toBe('CONFLICT');
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      'received',
    );
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_application_status_changed', subjectId: item.id },
      }),
    ).toBe(0);
    expect((await move(item.id, { status: 'received' })).statusCode).toBe(400);
  });

  it('of two simultaneous moves, one is a 200 and the other a 409', async () => {
    for (const change of [{ status: 'in_review' }, { status: 'closed', reason: 'Duplicate application.' }]) {
      const item = await apply();
      const results = await Promise.all([move(item.id, change), move(item.id, change)]);
      expect(results.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      expect(
        await ctx.prisma.auditEvent.count({
          where: { action: 'staff_application_status_changed', subjectId: item.id },
        }),
      ).toBe(1);
    }
  });

  it('refuses a signed-in parent’s token with 403; no token is 401', async () => {
    const parent = await signIn(ctx.app, 'demo.payer');
    const item = await apply();
    expect((await move(item.id, { status: 'in_review' }, bearer(parent))).statusCode).toBe(403);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/applications', headers: bearer(parent) }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/applications' })).statusCode).toBe(401);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      'received',
    );
    expect((await list()).statusCode).toBe(200);
  });
});
