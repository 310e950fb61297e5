// Notice, switch and app policy administration from the console: supervisors only, validation with
// the field at fault, every change audited with before and after, parents who asked for notices
// emailed when one is published for them — once, when it is active: a scheduled notice when it starts
// (by the moved clock; of two instances running the notices job only one writes the emails), an
// edit never again. The save only claims a notice; the job writes its emails (lib/notice-announcement.ts).
import { createDb } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNoticeAnnouncements } from '../../../lib/notice-announcement.ts';
import { createCustomer, createQuestions } from '../../../testing/fixtures.ts';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import { describeEvent } from '../staff-audit/audit-words.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let supervisor: string;
let agent: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  supervisor = (await signInStaff(ctx, 'supervisor.demo')).accessToken;
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: object, token = supervisor) =>
  ctx.app.inject({ method, url, ...(payload ? { payload } : {}), headers: staffBearer(token) });
const publicTitles = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/notices' }))
    .json()
    .items.map((n: { title: string }) => n.title);
const lastEvent = (action: string) =>
  ctx.prisma.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: 'desc' } });
const runNoticeJob = () => runNoticeAnnouncements({ db: ctx.prisma, clock: ctx.clock });
const details = async (action: string) => (await lastEvent(action)).details as Record<string, string | null>;

const notice = {
  title: 'Holiday hours',
  body: 'Offices close at noon on Friday. See https://example.org/hours',
  severity: 'info',
  audience: 'public',
};

describe('who may administer notices', () => {
  it.each([
    ['GET', '/api/v1/admin/notices'],
    ['POST', '/api/v1/admin/notices'],
    ['GET', '/api/v1/admin/features'],
    ['PUT', '/api/v1/admin/features/directDepositUpdate'],
    ['PUT', '/api/v1/admin/app-version-policy'],
  ] as const)('refuses an agent %s %s with 403', async (method, url) => {
    const response = await call(
      method,
      url,
      method === 'GET' ? undefined : { enabled: true, reason: 'trying' },
      agent,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses anyone not signed in to the console', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/notices' })).statusCode).toBe(401);
  });
});

describe('notices', () => {
  it('creates a notice that the portal shows at once, audited with its content', async () => {
    const created = await call('POST', '/api/v1/admin/notices', notice);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...notice, status: 'active', dismissible: true });
    expect(await publicTitles()).toContain('Holiday hours');
    const event = await lastEvent('staff_notice_created');
    expect(event).toMatchObject({ actorType: 'staff', subjectType: 'notice', subjectId: created.json().id });
    expect(JSON.parse(String((event.details as Record<string, string>)['after']))).toMatchObject({
      title: 'Holiday hours',
      audience: 'public',
    });
  });

  it.each([
    [{ ...notice, title: '  ' }, 'title'],
    [{ ...notice, startsAt: '2026-12-02T10:00:00Z', endsAt: '2026-12-01T10:00:00Z' }, 'endsAt'],
    [{ ...notice, featureKey: 'noSuchFeature' }, 'featureKey'],
    [{ ...notice, severity: 'panic' }, 'severity'],
  ])('refuses %j with 400 naming %s', async (payload, field) => {
    const response = await call('POST', '/api/v1/admin/notices', payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('edits and schedules a notice, keeping before and after in the audit trail', async () => {
    const id = (await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Edit me' })).json().id;
    const start = new Date(ctx.clock.now().getTime() + 86_400_000).toISOString();
    const edited = await call('PATCH', `/api/v1/admin/notices/${id}`, { title: 'Edited', startsAt: start });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Edited', status: 'scheduled' });
    expect(await publicTitles()).not.toContain('Edited');
    const audit = await details('staff_notice_updated');
    expect(JSON.parse(String(audit['before']))).toMatchObject({ title: 'Edit me', startsAt: null });
    expect(JSON.parse(String(audit['after']))).toMatchObject({ title: 'Edited', startsAt: start });
  });

  it('refuses an edit whose end falls before the stored start', async () => {
    const start = new Date(ctx.clock.now().getTime() + 86_400_000);
    const id = (
      await call('POST', '/api/v1/admin/notices', { ...notice, startsAt: start.toISOString() })
    ).json().id;
    const response = await call('PATCH', `/api/v1/admin/notices/${id}`, {
      endsAt: new Date(start.getTime() - 60_000).toISOString(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'endsAt', message: 'The end must be after the start.' },
    ]);
  });

  it('retires a notice: gone from the portal, listed as retired, audited', async () => {
    const id = (await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Retire me' })).json().id;
    expect(await publicTitles()).toContain('Retire me');
    const retired = await call('DELETE', `/api/v1/admin/notices/${id}`);
    expect(retired.json()).toMatchObject({ status: 'retired' });
    expect(await publicTitles()).not.toContain('Retire me');
    expect((await details('staff_notice_retired'))['title']).toBe('Retire me');
    const list = await call('GET', '/api/v1/admin/notices');
    expect(list.json().items.find((n: { id: string }) => n.id === id)).toMatchObject({ status: 'retired' });
  });

  it('answers 404 for a notice that does not exist', async () => {
    expect(
      (await call('DELETE', '/api/v1/admin/notices/0195f0c0-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
  });

  it('emails parents who chose notice emails when a public notice is published, not for a staff notice', async () => {
    await runNoticeJob(); // the notices published above, before this parent asked for notice emails
    const parent = await ctx.prisma.customerAccount.update({
      where: { userIdNormalized: 'demo.parent' },
      data: { notifyNoticesByEmail: true, email: 'demo.parent@example.org' },
      select: { email: true },
    });
    await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Mailed notice' });
    await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Staff only', audience: 'staff' });
    await runNoticeJob();
    const mail = await ctx.prisma.emailOutbox.findMany({ where: { toAddress: String(parent.email) } });
    expect(mail.map((m) => m.subject)).toEqual(['DCSS notice: Mailed notice']);
  });
});

describe('notice emails', () => {
  const asked = 'asked@example.org';
  const notAsked = 'not.asked@example.org';
  const disabled = 'disabled@example.org';
  const mailTo = async (title: string) =>
    (
      await ctx.prisma.emailOutbox.findMany({
        where: { subject: `DCSS notice: ${title}` },
        select: { toAddress: true },
      })
    )
      .map((m) => m.toAddress)
      .sort();
  /** Every active account that asked for notice emails and has an address: who should get one. */
  const subscribers = async () =>
    (
      await ctx.prisma.customerAccount.findMany({
        where: {
          notifyNoticesByEmail: true,
          status: 'active',
          email: { not: null },
          emailConfirmedAt: { not: null },
        },
        select: { email: true },
      })
    )
      .map((a) => String(a.email))
      .sort();
  const readNotices = (instance: { inject: typeof ctx.app.inject } = ctx.app) =>
    instance.inject({ method: 'GET', url: '/api/v1/notices' });

  beforeAll(async () => {
    await createQuestions(ctx.prisma);
    const accounts = [
      { userId: 'notice.asked', email: asked, notify: true },
      { userId: 'notice.noemail', email: null, notify: true },
      { userId: 'notice.notasked', email: notAsked, notify: false },
      { userId: 'notice.disabled', email: disabled, notify: true, status: 'disabled' as const },
    ];
    for (const { notify, ...account } of accounts) {
      const { accountId } = await createCustomer(ctx.prisma, account);
      await ctx.prisma.customerAccount.update({
        where: { id: accountId },
        data: { notifyNoticesByEmail: notify },
      });
    }
  });

  it('emails only active parents who asked for notice emails and have an address', async () => {
    const created = await call('POST', '/api/v1/admin/notices', {
      ...notice,
      title: 'Office closed Monday',
      audience: 'customer',
    });
    expect(created.statusCode, created.body).toBe(201);
    // The save only claims the notice; the notices job writes its emails, outside the request.
    expect(await mailTo('Office closed Monday')).toEqual([]);
    await runNoticeJob();
    const mail = await mailTo('Office closed Monday');
    expect(mail).toContain(asked);
    expect(mail).not.toContain(notAsked);
    expect(mail).not.toContain(disabled);
    expect(mail).toEqual(await subscribers());
    expect(await ctx.prisma.notice.findUniqueOrThrow({ where: { id: created.json().id } })).toMatchObject({
      announcedAt: ctx.clock.now(),
    });
  });

  it('emails nobody for a scheduled notice until it starts, then its parents once, whichever instance runs the job', async () => {
    const startsIn = 5 * 60_000;
    const startsAt = new Date(ctx.clock.now().getTime() + startsIn).toISOString();
    const created = await call('POST', '/api/v1/admin/notices', {
      ...notice,
      title: 'Systems maintenance',
      startsAt,
    });
    expect(created.json()).toMatchObject({ status: 'scheduled' });
    expect((await readNotices()).statusCode).toBe(200);
    await runNoticeJob();
    expect(await mailTo('Systems maintenance')).toEqual([]);

    // Its start comes with nobody reading the page: the job (on two instances at once) emails it.
    const other = createDb({ url: ctx.databaseUrl, poolMax: 2 });
    ctx.clock.advance(startsIn);
    try {
      await Promise.all([
        runNoticeJob(),
        runNoticeAnnouncements({ db: other.prisma, clock: ctx.clock }),
        runNoticeJob(),
      ]);
      const mail = await mailTo('Systems maintenance');
      expect(mail).toContain(asked);
      expect(mail).toEqual(await subscribers());

      // Later runs and page loads find it announced.
      ctx.clock.advance(10_000);
      await readNotices();
      await runNoticeJob();
      expect(await mailTo('Systems maintenance')).toEqual(mail);
    } finally {
      await other.close();
      ctx.clock.advance(-startsIn - 10_000);
    }
  });

  it('does not email an active, announced notice again when it is edited; a scheduled one moved to now is emailed at the edit', async () => {
    const id = (await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Phone lines busy' })).json()
      .id;
    await runNoticeJob();
    const first = await mailTo('Phone lines busy');
    expect(first).toContain(asked);
    const edited = await call('PATCH', `/api/v1/admin/notices/${id}`, {
      title: 'Phone lines busy today',
      body: 'Expect longer waits until 3 pm.',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await readNotices();
    await runNoticeJob();
    expect(await mailTo('Phone lines busy')).toEqual(first);
    expect(await mailTo('Phone lines busy today')).toEqual([]);

    const later = new Date(ctx.clock.now().getTime() + 86_400_000).toISOString();
    const moved = (
      await call('POST', '/api/v1/admin/notices', { ...notice, title: 'Brought forward', startsAt: later })
    ).json().id;
    expect(await mailTo('Brought forward')).toEqual([]);
    expect((await call('PATCH', `/api/v1/admin/notices/${moved}`, { startsAt: null })).json()).toMatchObject({
      status: 'active',
    });
    await runNoticeJob();
    expect(await mailTo('Brought forward')).toEqual(await subscribers());
  });
});

describe('feature switches and the app policy', () => {
  it('needs a reason to turn a switch, and audits before, after and the reason', async () => {
    const missing = await call('PUT', '/api/v1/admin/features/directDepositUpdate', {
      enabled: true,
      reason: '',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].field).toBe('reason');
    const on = await call('PUT', '/api/v1/admin/features/directDepositUpdate', {
      enabled: true,
      reason: 'Bank file fixed',
    });
    expect(on.json()).toMatchObject({ key: 'directDepositUpdate', enabled: true });
    expect(await details('staff_feature_switched')).toMatchObject({
      key: 'directDepositUpdate',
      reason: 'Bank file fixed',
      before: '{"enabled":false}',
      after: '{"enabled":true}',
    });
    // The audit page says it in plain words.
    expect(describeEvent(await lastEvent('staff_feature_switched'))).toBe(
      'Turned directDepositUpdate on — “Bank file fixed”',
    );
    await call('PUT', '/api/v1/admin/features/directDepositUpdate', {
      enabled: false,
      reason: 'Back off after the test',
    });
    expect(
      (await call('PUT', '/api/v1/admin/features/noSuchFeature', { enabled: true, reason: 'nothing' }))
        .statusCode,
    ).toBe(404);
  });

  it('changes the app version policy (audited) and refuses a latest below the minimum', async () => {
    const bad = await call('PUT', '/api/v1/admin/app-version-policy', {
      minimumVersion: '5.2',
      latestVersion: '5.1',
      upgradeMessage: 'Update.',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('latestVersion');
    const garbage = await call('PUT', '/api/v1/admin/app-version-policy', {
      minimumVersion: '5.x',
      latestVersion: '5.2',
      upgradeMessage: 'Update.',
    });
    expect(garbage.statusCode).toBe(400);
    const ok = await call('PUT', '/api/v1/admin/app-version-policy', {
      minimumVersion: '5.2',
      latestVersion: '5.3',
      upgradeMessage: 'Please update to 5.2.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const refused = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/notices',
      headers: { 'x-client-app': 'DCSSOnTheGo/5.1' },
    });
    expect(refused.statusCode).toBe(426);
    expect(refused.json().error.message).toBe('Please update to 5.2.');
    const audit = await details('staff_app_policy_updated');
    expect(JSON.parse(String(audit['before']))).toMatchObject({ minimumVersion: '5.1' });
    expect(JSON.parse(String(audit['after']))).toMatchObject({ minimumVersion: '5.2', latestVersion: '5.3' });
  });
});
