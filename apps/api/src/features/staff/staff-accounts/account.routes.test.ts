// The account view and the actions on an account, on the demo data: what the view shows and never
// shows, the unlock flow end to end (11 failed customer sign-ins → locked → an agent unlocks → the
// customer signs in), each view and action leaving exactly one audit row, SSN reveal for
// supervisors only, and no customer data at all when the audit trail cannot be written.
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, postSignIn, signIn } from '../../../testing/http.ts';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { withAuditRefused } from '../../../testing/audit-outage.ts';

const IP = '192.0.2.44';
let ctx: TestApp;
let agent: string;
let supervisor: string;
let agentId: string;
let parentId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  supervisor = (await signInStaff(ctx, 'supervisor.demo')).accessToken;
  agentId = (await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } })).id;
  parentId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
});
afterAll(() => ctx.close());

const view = (token = agent, id = parentId) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/staff/accounts/${id}`,
    headers: staffBearer(token),
    remoteAddress: IP,
  });
const act = (action: string, payload: object, token = agent, id = parentId) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/staff/accounts/${id}/${action}`,
    payload,
    headers: staffBearer(token),
    remoteAddress: IP,
  });
const staffEvents = () =>
  ctx.prisma.auditEvent.findMany({
    where: { actorType: 'staff', action: { startsWith: 'staff_' } },
    orderBy: { id: 'asc' },
  });

/** Runs a request and returns it with the staff audit rows it added. */
async function audited(request: () => ReturnType<typeof view>) {
  const before = (await staffEvents()).length;
  const response = await request();
  return { response, added: (await staffEvents()).slice(before) };
}

function expectOneRow(
  added: Awaited<ReturnType<typeof staffEvents>>,
  action: string,
  response: Awaited<ReturnType<typeof view>>,
  actorId = agentId,
) {
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({
    action,
    outcome: 'success',
    actorType: 'staff',
    actorId,
    subjectType: 'customer_account',
    subjectId: parentId,
    accountId: parentId,
    ip: IP,
    requestId: response.headers['x-request-id'],
    occurredAt: ctx.clock.now(),
  });
}

describe('account view', () => {
  it('shows status, cases, the questions chosen and masked details — never a hash, an answer or the SSN', async () => {
    const { response, added } = await audited(() => view());
    expect(response.statusCode, response.body).toBe(200);
    expectOneRow(added, 'staff_account_view', response);
    const body = response.json();
    expect(body).toMatchObject({
      accountId: parentId,
      userId: 'demo.parent',
      firstName: 'Casey',
      lastName: 'Morgan',
      ssn: '***-**-6781',
      birthYear: 1986,
      badges: [{ kind: 'active', label: 'Active', until: null }],
      failedSignInCount: 0,
      lockedUntil: null,
      cases: [expect.objectContaining({ caseNumber: '1000000001', role: 'custodial' })],
      securityQuestions: [
        { questionId: 1, text: expect.any(String) },
        { questionId: 2, text: expect.any(String) },
        { questionId: 3, text: expect.any(String) },
      ],
      notes: [],
    });
    expect(body.email).toMatch(/^.•••@/);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { id: parentId },
      include: { securityAnswers: true },
    });
    for (const secret of [
      '123-45-6781',
      '123456781',
      '1986-02-14',
      account.passwordHash,
      account.email ?? '',
      'blue',
      'macon',
      'biscuit',
      ...account.securityAnswers.map((a) => a.answerHash),
    ]) {
      expect(response.body.includes(secret), secret).toBe(false);
    }
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 for an account that does not exist, and 400 for a malformed id', async () => {
    expect((await view(agent, '01234567-89ab-7def-8123-456789abcdef')).statusCode).toBe(404);
    expect((await view(agent, 'not-a-uuid')).statusCode).toBe(400);
  });
});

describe('unlock flow', () => {
  it('11 failed sign-ins lock the account, the view says so, an agent unlocks, and the customer signs in', async () => {
    for (let i = 0; i < 11; i += 1)
      expect((await postSignIn(ctx.app, 'demo.parent', 'not my password at all')).statusCode).toBe(401);
    expect((await postSignIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD)).statusCode).toBe(401);

    const locked = (await view()).json();
    expect(locked.badges.map((b: { kind: string }) => b.kind)).toEqual(['locked']);
    expect(locked.badges[0].label).toMatch(/^Locked until /);
    expect(locked.failedSignInCount).toBe(11);
    expect(locked.lockedUntil).toBe(new Date(ctx.clock.now().getTime() + 15 * 60_000).toISOString());
    expect(locked.securityEvents[0].description).toMatch(/locked|Failed sign-in/);
    expect(
      locked.securityEvents.some(
        (e: { description: string }) => e.description === 'Failed sign-in: wrong password',
      ),
    ).toBe(true);

    expect((await act('unlock', {})).statusCode).toBe(400); // a reason is required
    const { response, added } = await audited(() =>
      act('unlock', { reason: 'Caller verified, locked out after typos' }),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      changed: true,
      badges: [{ kind: 'active', label: 'Active', until: null }],
    });
    expectOneRow(added, 'staff_unlock', response);
    expect(added[0]?.details).toEqual({ reason: 'Caller verified, locked out after typos', wasLocked: true });

    const { accessToken } = await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD);
    expect((await getMe(ctx.app, accessToken)).statusCode).toBe(200);
    const after = (await view()).json();
    expect(after.securityEvents[0].description).toBe('Customer signed in');
    expect(
      after.securityEvents.some((e: { description: string }) => e.description.startsWith('Unlocked sign-in')),
    ).toBe(true);
  });
});

describe('actions', () => {
  it('lifts a recovery lock, with one audit row', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: parentId },
      data: { recoveryLockedUntil: new Date(ctx.clock.now().getTime() + 3_600_000) },
    });
    expect((await view()).json().badges.map((b: { kind: string }) => b.kind)).toEqual([
      'active',
      'recovery_locked',
    ]);
    const { response, added } = await audited(() =>
      act('lift-recovery-lock', { reason: 'Caller verified by callback' }),
    );
    expect(response.json()).toMatchObject({ ok: true, changed: true });
    expectOneRow(added, 'staff_recovery_lock_lifted', response);
    expect(
      (await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: parentId } })).recoveryLockedUntil,
    ).toBeNull();
  });

  it('signs the customer out everywhere, with one audit row (not one per session)', async () => {
    const one = await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD);
    const two = await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD);
    const { response, added } = await audited(() => act('revoke-sessions', { reason: 'Lost phone' }));
    expect(response.json()).toMatchObject({ ok: true, changed: true, sessionsRevoked: expect.any(Number) });
    expect(response.json().sessionsRevoked).toBeGreaterThanOrEqual(2);
    expectOneRow(added, 'staff_sessions_revoked', response);
    expect(
      await ctx.prisma.auditEvent.count({
        where: {
          accountId: parentId,
          action: 'session_revoked',
          details: { path: ['reason'], equals: 'revoked_by_staff' },
        },
      }),
    ).toBe(0);
    for (const session of [one, two])
      expect((await getMe(ctx.app, session.accessToken)).statusCode).toBe(401);
  });

  it('adds a note that the view then shows, with its author', async () => {
    const { response, added } = await audited(() =>
      act('notes', { body: 'Called about a payment; guided through self-service reset.' }),
    );
    expect(response.statusCode).toBe(201);
    expectOneRow(added, 'staff_note_added', response);
    expect(JSON.stringify(added[0]?.details)).not.toContain('payment'); // the text stays in the notes table
    const notes = (await view()).json().notes;
    expect(notes[0]).toMatchObject({
      body: 'Called about a payment; guided through self-service reset.',
      author: { id: agentId, displayName: 'Dana Whitfield' },
    });
    expect((await act('notes', { body: '   ' })).statusCode).toBe(400);
  });

  it('reveals the full SSN to a supervisor with a reason, audited as an SSN reveal; never to an agent', async () => {
    const refused = await act('reveal-ssn', { reason: 'Caller asked' });
    expect(refused.statusCode).toBe(403);
    expect(refused.body.includes('6781')).toBe(false);
    expect((await act('reveal-ssn', {}, supervisor)).statusCode).toBe(400);
    const supervisorId = (
      await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'supervisor.demo' } })
    ).id;
    const { response, added } = await audited(() =>
      act('reveal-ssn', { reason: 'Verify SSN for wage withholding order' }, supervisor),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ssn: '123-45-6781' });
    expectOneRow(added, 'staff_ssn_reveal', response, supervisorId);
    expect(added[0]?.details).toEqual({ reason: 'Verify SSN for wage withholding order' });
    expect(JSON.stringify({ ...added[0], id: String(added[0]?.id) })).not.toContain('6781');
  });

  it('answers 404 for an action on an account that does not exist, writing nothing', async () => {
    const { response, added } = await audited(() =>
      act('unlock', { reason: 'testing' }, agent, '01234567-89ab-7def-8123-456789abcdef'),
    );
    expect(response.statusCode).toBe(404);
    expect(added).toHaveLength(0);
  });
});

describe('fail closed', () => {
  // The database refuses staff audit rows, as it would if the audit insert failed for any reason.
  it('returns no customer data (503) and changes nothing when the audit insert fails', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: parentId },
      data: { lockedUntil: new Date(ctx.clock.now().getTime() + 600_000), failedSignInCount: 11 },
    });
    await withAuditRefused(ctx.prisma, 'staff\\_%', async () => {
      const requests = [
        () =>
          ctx.app.inject({
            method: 'GET',
            url: '/api/v1/staff/accounts?q=morgan%2C%20casey&reason=caller-verified',
            headers: staffBearer(agent),
          }),
        () => view(),
        () => act('reveal-ssn', { reason: 'Verify identity' }, supervisor),
        () => act('unlock', { reason: 'Caller verified' }),
        () => act('notes', { body: 'should not be kept' }),
      ];
      for (const request of requests) {
        const response = await request();
        expect(response.statusCode, response.body).toBe(503);
        expect(response.json().error).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          message: expect.stringContaining('audit trail'),
        });
        for (const data of ['Casey', 'Morgan', 'demo.parent', '6781', parentId])
          expect(response.body.includes(data), data).toBe(false);
      }
      const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: parentId } });
      expect(account.lockedUntil).not.toBeNull(); // the unlock was rolled back
      expect(await ctx.prisma.staffNote.count({ where: { body: 'should not be kept' } })).toBe(0);
    });
    expect((await view()).statusCode).toBe(200);
  });
});

describe('the audit trail from the API connection', () => {
  it('cannot be updated, deleted or truncated through the connection the API uses', async () => {
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'staff_account_view' } });
    const db = ctx.app.db;
    await expect(
      db.prisma.auditEvent.update({ where: { id: event.id }, data: { actorId: 'someone-else' } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.prisma.auditEvent.deleteMany({ where: { action: 'staff_account_view' } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.prisma.$executeRawUnsafe(
        "UPDATE audit_events SET ip = '0.0.0.0' WHERE action = 'staff_account_view'",
      ),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(db.pool.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect((await ctx.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).actorId).toBe(
      event.actorId,
    );
  });
});
