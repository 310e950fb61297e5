// The supervisor's audit page: who viewed an account, in plain words, filtered and paged; the CSV
// export escaped and defused against formula injection; and every read of the trail audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let agent: string;
let supervisor: string;
let agentId: string;
let supervisorId: string;
let parentId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  // A display name that a spreadsheet would run as a formula.
  await ctx.prisma.staffUser.update({
    where: { username: 'agent.demo' },
    data: { displayName: '=HYPERLINK("http://evil.example","Dana")' },
  });
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  supervisor = (await signInStaff(ctx, 'supervisor.demo')).accessToken;
  agentId = (await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } })).id;
  supervisorId = (await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'supervisor.demo' } }))
    .id;
  parentId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
  ctx.clock.advance(60_000);
  await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/staff/accounts',
    query: { q: 'demo.parent', reason: 'other', reasonText: 'Returned mail, "urgent"' },
    headers: staffBearer(agent),
  });
  ctx.clock.advance(60_000);
  await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/staff/accounts/${parentId}`,
    headers: staffBearer(agent),
  });
  ctx.clock.advance(60_000);
  await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/staff/accounts/${parentId}/unlock`,
    payload: { reason: 'Caller verified' },
    headers: staffBearer(agent),
  });
  ctx.clock.advance(60_000);
});
afterAll(() => ctx.close());

const read = (query: Record<string, string | number> = {}, token = supervisor) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/v1/staff/audit',
    query: query as Record<string, string>,
    headers: staffBearer(token),
  });

describe('audit trail', () => {
  it('shows who viewed an account, newest first, in plain words with the staff member’s name', async () => {
    const response = await read({ accountId: parentId });
    expect(response.statusCode, response.body).toBe(200);
    const { items, nextCursor } = response.json();
    expect(nextCursor).toBeNull();
    expect(items.map((i: { action: string }) => i.action).slice(0, 3)).toEqual([
      'staff_unlock',
      'staff_account_view',
      'staff_search',
    ]);
    expect(items[1]).toMatchObject({
      action: 'staff_account_view',
      outcome: 'success',
      description: 'Viewed the account',
      actor: { type: 'staff', id: agentId, name: '=HYPERLINK("http://evil.example","Dana")' },
      subject: { type: 'customer_account', id: parentId },
      accountId: parentId,
      accountUserId: 'demo.parent',
      ip: '127.0.0.1',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(items[0].description).toBe('Unlocked sign-in — “Caller verified”');
    expect(items[2].description).toBe(
      'Searched for User ID demo.parent (other: Returned mail, "urgent"), 1 result(s)',
    );
    const times = items.map((i: { occurredAt: string }) => i.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by staff member, action and dates, and pages with a cursor', async () => {
    const byActor = (await read({ actorId: agentId })).json().items;
    expect(byActor.length).toBeGreaterThanOrEqual(5); // sign-in, acknowledgement, search, view, unlock
    expect(byActor.every((i: { actor: { id: string } }) => i.actor.id === agentId)).toBe(true);
    const views = (await read({ action: 'staff_account_view' })).json().items;
    expect(views.map((i: { actor: { id: string } }) => i.actor.id)).toEqual([agentId]);

    const viewedAt = new Date(views[0].occurredAt);
    const window = {
      from: new Date(viewedAt.getTime() - 1000).toISOString(),
      to: new Date(viewedAt.getTime() + 1000).toISOString(),
    };
    expect((await read(window)).json().items.map((i: { action: string }) => i.action)).toEqual([
      'staff_account_view',
    ]);
    expect(
      (await read({ from: '2026-11-02', to: '2026-11-02', action: 'staff_account_view' })).json().items,
    ).toHaveLength(1);
    expect((await read({ from: '2026-11-03', action: 'staff_account_view' })).json().items).toHaveLength(0);

    const first = (await read({ actorId: agentId, limit: 2 })).json();
    expect(first.items).toHaveLength(2);
    const second = (await read({ actorId: agentId, limit: 2, cursor: first.nextCursor })).json();
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((i: { id: string }) => i.id)).size).toBe(4);
    expect((await read({ cursor: 'not-a-cursor' })).statusCode).toBe(400);
    expect((await read({ from: 'yesterday' })).statusCode).toBe(400);
  });

  it('is for supervisors: an agent is refused, and the refusal is audited', async () => {
    const response = await read({ accountId: parentId }, agent);
    expect(response.statusCode).toBe(403);
    const denied = await ctx.prisma.auditEvent.findFirst({
      where: { action: 'staff_access_denied', actorId: agentId },
      orderBy: { id: 'desc' },
    });
    expect(denied?.details).toMatchObject({
      route: '/api/v1/staff/audit',
      required: 'supervisor',
      role: 'agent',
      reason: 'role',
    });
  });

  it('records every read of the trail, once', async () => {
    const before = await ctx.prisma.auditEvent.count({ where: { action: 'staff_audit_read' } });
    const response = await read({ accountId: parentId, action: 'staff_account_view' });
    const reads = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_audit_read' },
      orderBy: { id: 'asc' },
    });
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({
      actorType: 'staff',
      actorId: supervisorId,
      accountId: parentId,
      requestId: response.headers['x-request-id'],
      details: expect.objectContaining({
        format: 'json',
        accountId: parentId,
        action: 'staff_account_view',
        results: 1,
      }),
    });
  });
});

describe('audit trail CSV', () => {
  it('downloads the same events as CSV, escaped, with formulas defused, and is itself audited', async () => {
    const before = await ctx.prisma.auditEvent.count({ where: { action: 'staff_audit_read' } });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/audit.csv',
      query: { accountId: parentId },
      headers: staffBearer(supervisor),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      'occurred_at,action,outcome,description,actor_type,actor_id,actor_name,account_id,account_user_id,subject_type,subject_id,ip,request_id,details',
    );
    const view = lines.find((line) => line.includes(',staff_account_view,'));
    expect(view).toContain(
      `,staff,${agentId},"'=HYPERLINK(""http://evil.example"",""Dana"")",${parentId},demo.parent,`,
    );
    const search = lines.find((line) => line.includes(',staff_search,'));
    expect(search).toContain(
      '"Searched for User ID demo.parent (other: Returned mail, ""urgent""), 1 result(s)"',
    );
    for (const line of lines.slice(1, -1)) expect(line.split(',')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(lines.at(-1)).toBe('');
    const reads = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_audit_read' },
      orderBy: { id: 'asc' },
    });
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)?.details).toMatchObject({ format: 'csv', accountId: parentId });
  });

  it('is for supervisors only', async () => {
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/staff/audit.csv', headers: staffBearer(agent) }))
        .statusCode,
    ).toBe(403);
  });
});
