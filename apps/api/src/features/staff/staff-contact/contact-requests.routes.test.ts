// Contact requests in the console: an agent lists the open ones oldest first in pages, reads one
// and answers it; the answer is audited, emailed when there is an address, shown to the signed-in
// parent, and cannot be given twice. A customer token is refused with 403 (and that refusal audited).
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

type Item = {
  id: string;
  confirmationNumber: string;
  status: string;
  answer: string | null;
  answeredBy: string | null;
  fromAccount: boolean;
};

async function sendRequest(
  name: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/contact-requests',
    payload: {
      name,
      email: `${name.toLowerCase().replace(/\s/g, '.')}@example.com`,
      topic: 'case_status',
      message: `A question from ${name}`,
      ...extra,
    },
    headers,
  });
  expect(response.statusCode, response.body).toBe(201);
  ctx.clock.advance(1_000); // distinct submission times, so "oldest first" is observable
  return response.json().confirmationNumber;
}

const list = (token: string, query: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/v1/staff/contact-requests',
    query,
    headers: staffBearer(token),
  });

describe('console contact requests', () => {
  it('lists open requests oldest first in pages of { items, nextCursor }', async () => {
    const numbers = [
      await sendRequest('Pat One'),
      await sendRequest('Pat Two'),
      await sendRequest('Pat Three'),
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(agent, { limit: '2', ...(cursor ? { cursor } : {}) });
      expect(response.statusCode, response.body).toBe(200);
      const page: { items: Item[]; nextCursor: string | null } = response.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.confirmationNumber));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((number) => numbers.includes(number))).toEqual(numbers);
    expect((await list(agent, { cursor: 'garbage' })).statusCode).toBe(400);
  });

  it('an agent answers a parent’s request: audited, emailed, shown to the parent, and not answerable twice', async () => {
    const parent = await signIn(ctx.app, 'demo.parent');
    const number = await sendRequest('Casey Morgan', {}, bearer(parent));
    const item = (await list(agent, { limit: '50' }))
      .json()
      .items.find((candidate: Item) => candidate.confirmationNumber === number) as Item;
    expect(item.fromAccount).toBe(true);

    const view = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/staff/contact-requests/${item.id}`,
      headers: staffBearer(agent),
    });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      confirmationNumber: number,
      name: 'Casey Morgan',
      email: 'casey.morgan@example.com',
      status: 'open',
    });

    const answer = 'Your case is active; the next review is in March.';
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/contact-requests/${item.id}/answer`,
      payload: { answer },
      headers: staffBearer(agent),
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer, answeredBy: 'Dana Whitfield' });

    const agentUser = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } });
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_contact_request_answered', subjectId: item.id },
    });
    const parentAccount = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });
    expect(audit).toMatchObject({
      actorType: 'staff',
      actorId: agentUser.id,
      subjectType: 'contact_request',
      accountId: parentAccount.id,
      outcome: 'success',
    });
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_contact_request_view', subjectId: item.id },
      }),
    ).toBe(1);

    const mail = await ctx.prisma.emailOutbox.findFirstOrThrow({
      where: { toAddress: 'casey.morgan@example.com' },
      orderBy: { createdAt: 'desc' },
    });
    expect(mail.subject).toContain(number);
    expect(mail.body).toContain(answer);

    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/contact-requests',
      headers: bearer(parent),
    });
    expect(
      mine.json().items.find((candidate: Item) => candidate.confirmationNumber === number),
    ).toMatchObject({ status: 'answered', answer });

    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/contact-requests/${item.id}/answer`,
      payload: { answer: 'Second answer' },
      headers: staffBearer(agent),
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await list(agent, { limit: '50' })).json().items.map((candidate: Item) => candidate.id),
    ).not.toContain(item.id);
  });

  it('refuses an empty answer, an unknown id and a malformed id', async () => {
    const number = await sendRequest('Sam Empty');
    const item = (await list(agent, { limit: '50' }))
      .json()
      .items.find((candidate: Item) => candidate.confirmationNumber === number) as Item;
    const empty = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/contact-requests/${item.id}/answer`,
      payload: { answer: '  ' },
      headers: staffBearer(agent),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe('answer');
    const unknown = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/contact-requests/0191d2a4-0000-7000-8000-000000000000',
      headers: staffBearer(agent),
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/staff/contact-requests/nope',
          headers: staffBearer(agent),
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses a signed-in parent’s token with 403 and records the refusal; no token is 401', async () => {
    const parent = await signIn(ctx.app, 'demo.payer');
    const number = await sendRequest('Riley Probe');
    const item = (await list(agent, { limit: '50' }))
      .json()
      .items.find((candidate: Item) => candidate.confirmationNumber === number) as Item;
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/contact-requests/${item.id}/answer`,
      payload: { answer: 'x' },
      headers: bearer(parent),
    });
    expect(refused.statusCode).toBe(403);
    expect(
      await ctx.prisma.auditEvent.count({
        where: {
          action: 'staff_access_denied',
          details: { path: ['route'], equals: '/api/v1/staff/contact-requests/:id/answer' },
        },
      }),
    ).toBe(1);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/contact-requests' })).statusCode).toBe(
      401,
    );
    const row = await ctx.prisma.contactRequest.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.status).toBe('open');
  });
});
