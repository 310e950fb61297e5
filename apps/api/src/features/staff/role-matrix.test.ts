// The role matrix over EVERY console and admin route (docs/product.md §6): the routes come from the guard's
// own registry (app.consoleRoutes), so a route added later is covered without touching this file.
// A customer token → 403; an agent on a supervisor or admin route → 403; a supervisor on an admin
// route → 403; a session that must enrol TOTP → 403 on everything but enrolment; no token → 401.
// Every refusal of a kind (who, route, reason) is one `staff_access_denied` audit row per minute;
// repeats within the minute are counted into the next row.
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffAccess, StaffRoute } from '../../plugins/app/staff-guard.ts';
import { signIn } from '../../testing/http.ts';
import { createSeededTestApp } from '../../testing/seeded-app.ts';
import {
  createStaffUser,
  postStaffSignIn,
  signInStaff,
  STAFF_PASSWORD,
  staffBearer,
} from '../../testing/staff.ts';
import type { TestApp } from '../../testing/test-app.ts';

type Caller = 'customer' | 'agent' | 'supervisor' | 'admin' | 'enrolment';

let ctx: TestApp;
const tokens: Partial<Record<Caller, string>> = {};
const tokenOf = (caller: Caller) => staffBearer(tokens[caller] ?? '');
let parentId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  for (const role of ['agent', 'supervisor', 'admin'] as const)
    tokens[role] = (await signInStaff(ctx, `${role}.demo`)).accessToken;
  tokens.customer = (await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD)).accessToken;
  await createStaffUser(ctx.prisma, { username: 'new.starter', role: 'admin', enrolled: false });
  const enrolment = await postStaffSignIn(ctx.app, {
    username: 'new.starter',
    password: STAFF_PASSWORD,
    acknowledgedWarning: true,
  });
  expect(enrolment.json().mustEnrollTotp).toBe(true);
  tokens.enrolment = enrolment.json().accessToken;
  parentId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
});
afterAll(() => ctx.close());

const RANK = { agent: 1, supervisor: 2, admin: 3 } as const;

/** Whether `caller` may pass the guard of a route that declared `required`. */
function allowed(caller: Caller, required: StaffAccess): boolean {
  if (caller === 'customer') return false;
  if (required === 'any') return true;
  if (required === 'enrolment') return caller === 'enrolment';
  return caller !== 'enrolment' && RANK[caller] >= RANK[required];
}

const call = (route: StaffRoute, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: route.method as 'GET' | 'POST',
    // Params get an id that exists (an account) so an allowed call reaches its handler.
    url: route.url.replace(':id', parentId),
    headers,
    // An empty body: allowed writes stop at validation (400) and change nothing.
    ...(route.method === 'GET' ? {} : { payload: {} }),
  });

const denials = () => ctx.prisma.auditEvent.count({ where: { action: 'staff_access_denied' } });

describe('role matrix', () => {
  it('covers the console and admin routes of docs/product.md §8', () => {
    const routes = ctx.app.consoleRoutes.map((r) => `${r.method} ${r.url} ${r.staff}`);
    for (const expected of [
      'GET /api/v1/staff/me any',
      'POST /api/v1/staff/auth/totp/enroll enrolment',
      'POST /api/v1/staff/auth/totp/confirm enrolment',
      'POST /api/v1/staff/auth/change-password any',
      'GET /api/v1/staff/accounts agent',
      'GET /api/v1/staff/accounts/:id agent',
      'POST /api/v1/staff/accounts/:id/unlock agent',
      'POST /api/v1/staff/accounts/:id/lift-recovery-lock agent',
      'POST /api/v1/staff/accounts/:id/revoke-sessions agent',
      'POST /api/v1/staff/accounts/:id/notes agent',
      'POST /api/v1/staff/accounts/:id/reveal-ssn supervisor',
      'GET /api/v1/staff/applications agent',
      'GET /api/v1/staff/applications/:id agent',
      'POST /api/v1/staff/applications/:id/status agent',
      'GET /api/v1/staff/appointments agent',
      'GET /api/v1/staff/appointments/offices agent',
      'POST /api/v1/staff/appointments/:id/cancel agent',
      'GET /api/v1/staff/audit supervisor',
      'GET /api/v1/staff/audit.csv supervisor',
      'GET /api/v1/admin/staff-users admin',
      'POST /api/v1/admin/staff-users admin',
      'POST /api/v1/admin/staff-users/:id/disable admin',
      'POST /api/v1/admin/staff-users/:id/reset admin',
    ]) {
      expect(routes).toContain(expected);
    }
    // Nothing under /api/v1/staff or /api/v1/admin is unguarded, except signing in and out.
    const unguardedOpenings = new Set([
      'POST /api/v1/staff/auth/sign-in',
      'POST /api/v1/staff/auth/refresh',
      'POST /api/v1/staff/auth/sign-out',
    ]);
    const guarded = new Set(ctx.app.consoleRoutes.map((r) => `${r.method} ${r.url}`));
    expect(ctx.app.consoleRoutes.length).toBeGreaterThanOrEqual(16);
    expect([...guarded].some((route) => unguardedOpenings.has(route))).toBe(false);
  });

  it('refuses every caller below a route’s role with 403 — and audits each refusal — and lets the others through', async () => {
    const callers: Caller[] = ['customer', 'agent', 'supervisor', 'admin', 'enrolment'];
    for (const route of ctx.app.consoleRoutes) {
      for (const caller of callers) {
        const before = await denials();
        const response = await call(route, tokenOf(caller));
        const label = `${caller} → ${route.method} ${route.url}`;
        if (allowed(caller, route.staff)) {
          expect([401, 403], `${label}: ${response.body}`).not.toContain(response.statusCode);
          expect(await denials(), label).toBe(before);
        } else {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(403);
          expect(response.json().error.code, label).toBe('FORBIDDEN');
          expect(await denials(), label).toBe(before + 1);
        }
      }
      const anonymous = await call(route);
      expect(anonymous.statusCode, `anonymous → ${route.method} ${route.url}`).toBe(401);
    }
  });

  it('records who was refused where and why', async () => {
    ctx.clock.advance(61_000); // past the minute in which the matrix above was refused
    await call({ method: 'GET', url: '/api/v1/admin/staff-users', staff: 'admin' }, tokenOf('customer'));
    await call({ method: 'GET', url: '/api/v1/admin/staff-users', staff: 'admin' }, tokenOf('supervisor'));
    const [supervisorRefusal, customerRefusal] = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_access_denied' },
      orderBy: { id: 'desc' },
      take: 2,
    });
    expect(customerRefusal).toMatchObject({
      outcome: 'denied',
      actorType: 'customer',
      actorId: parentId,
      ip: '127.0.0.1',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      details: {
        method: 'GET',
        route: '/api/v1/admin/staff-users',
        required: 'admin',
        reason: 'customer_token',
        role: null,
      },
    });
    expect(supervisorRefusal).toMatchObject({
      actorType: 'staff',
      details: expect.objectContaining({ required: 'admin', role: 'supervisor', reason: 'role' }),
    });
  });

  it('takes a demotion into account at once, without a new sign-in', async () => {
    await ctx.prisma.staffUser.update({ where: { username: 'supervisor.demo' }, data: { role: 'agent' } });
    try {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/staff/audit',
        headers: tokenOf('supervisor'),
      });
      expect(response.statusCode).toBe(403);
    } finally {
      await ctx.prisma.staffUser.update({
        where: { username: 'supervisor.demo' },
        data: { role: 'supervisor' },
      });
    }
  });

  // Failed before: every denied call was its own audit row, so a script could flood the trail.
  it('aggregates repeated denials: one row a minute per caller, route and reason, counting the repeats', async () => {
    ctx.clock.advance(61_000);
    const route = { method: 'GET', url: '/api/v1/admin/staff-users', staff: 'admin' as const };
    const before = await denials();
    for (let i = 0; i < 25; i += 1) expect((await call(route, tokenOf('agent'))).statusCode).toBe(403);
    expect(await denials()).toBe(before + 1);
    ctx.clock.advance(61_000);
    expect((await call(route, tokenOf('agent'))).statusCode).toBe(403);
    expect(await denials()).toBe(before + 2);
    const [latest] = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_access_denied' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(latest?.details).toMatchObject({ route: '/api/v1/admin/staff-users', repeats: 24 });
  });
});
