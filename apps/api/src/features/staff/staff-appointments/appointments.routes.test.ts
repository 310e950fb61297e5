// Office appointments in the console: an agent (or above) reads one office's day — parents masked
// to first name and last initial, audited — and cancels a booking with a reason: the slot is free
// for another parent at once, the parent is notified and emailed (outbox), one audit event; a
// second cancel or a past appointment is a 409; a failed audit leaves everything as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import { withAuditRefused } from '../../../testing/audit-outage.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let agent: string;
let parent: string;
let payer: string;
let officeId: string;
let caseyId: string;

type Slot = { id: string; startsAt: string };
type Item = {
  id: string;
  startsAt: string;
  parentName: string;
  caseNumber: string | null;
  purpose: string;
  status: string;
  cancelReason: string | null;
};

beforeAll(async () => {
  ctx = await createSeededTestApp();
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  parent = await signIn(ctx.app, 'demo.parent');
  payer = await signIn(ctx.app, 'demo.payer');
  // The last office by name: the portal's own appointment tests book at the first ones.
  officeId = (await ctx.prisma.office.findFirstOrThrow({ orderBy: { name: 'desc' }, select: { id: true } }))
    .id;
  caseyId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
});
afterAll(() => ctx?.close());

const day = (query: Record<string, string>, headers: Record<string, string> = staffBearer(agent)) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/staff/appointments', query, headers });
const cancel = (id: string, payload: object, headers: Record<string, string> = staffBearer(agent)) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/staff/appointments/${id}/cancel`, payload, headers });
/** The calendar day of an instant in Georgia (slots are 9:00–15:45 there, so the UTC date is the same). */
const dateOf = (slot: Slot) => slot.startsAt.slice(0, 10);

async function freeSlots(): Promise<Slot[]> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/offices/${officeId}/slots`,
    headers: bearer(parent),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

async function book(token: string, slot: Slot, extra: object = {}): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: bearer(token),
    payload: { slotId: slot.id, purpose: 'Review of my order', ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

describe('console appointments', () => {
  it('refuses signed-out callers (401) and parents (403); agents, supervisors and admins may read', async () => {
    const query = { officeId, date: '2026-11-03' };
    expect((await day(query, {})).statusCode).toBe(401);
    expect((await day(query, bearer(parent))).statusCode).toBe(403);
    const someId = '0191d2a4-0000-7000-8000-000000000000';
    expect((await cancel(someId, { reason: 'Office closed' }, {})).statusCode).toBe(401);
    expect((await cancel(someId, { reason: 'Office closed' }, bearer(parent))).statusCode).toBe(403);
    for (const role of ['supervisor', 'admin']) {
      const token = (await signInStaff(ctx, `${role}.demo`)).accessToken;
      expect((await day(query, staffBearer(token))).statusCode).toBe(200);
    }
  });

  it('lists the office’s day by time, each parent as first name and last initial, and audits the read', async () => {
    const [early, , late] = await freeSlots();
    if (!early || !late) throw new Error('no slots');
    const lateId = await book(payer, late);
    const earlyId = await book(parent, early, { caseNumber: '1000000001' });
    const response = await day({ officeId, date: dateOf(early) });
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = response.json().items;
    expect(items.map((item) => item.id)).toEqual([earlyId, lateId]);
    expect(items[0]).toEqual({
      id: earlyId,
      startsAt: early.startsAt,
      endsAt: expect.any(String),
      parentName: 'Casey M.',
      caseNumber: '1000000001',
      purpose: 'Review of my order',
      status: 'booked',
      cancelReason: null,
    });
    expect(items[1]).toMatchObject({ parentName: 'Riley M.', caseNumber: null });
    expect(response.body).not.toMatch(/Morgan|@example\.com|123-45/);
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_appointments_read', subjectId: officeId },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({
      actorType: 'staff',
      subjectType: 'office',
      details: { date: dateOf(early), results: 2 },
    });
    // Another day holds none of them.
    expect((await day({ officeId, date: '2026-11-02' })).json().items).toEqual([]);
    for (const id of [earlyId, lateId])
      expect((await cancel(id, { reason: 'Clearing the test day' })).statusCode).toBe(200);
  });

  it('lists every office to choose from, a closed one marked', async () => {
    await ctx.prisma.office.update({ where: { id: officeId }, data: { active: false } });
    try {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/staff/appointments/offices',
        headers: staffBearer(agent),
      });
      expect(response.statusCode).toBe(200);
      const items: { id: string; active: boolean }[] = response.json().items;
      expect(items).toHaveLength(await ctx.prisma.office.count());
      expect(items.find((office) => office.id === officeId)).toMatchObject({ active: false });
    } finally {
      await ctx.prisma.office.update({ where: { id: officeId }, data: { active: true } });
    }
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/staff/appointments/offices',
          headers: bearer(parent),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a bad date or office id (400 naming the field) and an unknown office (404)', async () => {
    const bad = await day({ officeId, date: '3 Nov' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['date']);
    expect((await day({ officeId: 'nope', date: '2026-11-03' })).statusCode).toBe(400);
    expect(
      (await day({ officeId: '0191d2a4-0000-7000-8000-000000000000', date: '2026-11-03' })).statusCode,
    ).toBe(404);
  });

  it('cancels with a reason: the slot is free for another parent, the parent is notified and emailed, one audit event; twice is a 409', async () => {
    const slot = (await freeSlots())[3];
    if (!slot) throw new Error('no slot');
    const id = await book(parent, slot);

    const noReason = await cancel(id, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect((await cancel(id, { reason: '  ' })).statusCode).toBe(400);
    expect((await ctx.prisma.appointment.findUniqueOrThrow({ where: { id } })).status).toBe('booked');

    const reason = 'The office is closed for a staff training day.';
    const response = await cancel(id, { reason });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id,
      status: 'cancelled',
      cancelReason: reason,
      parentName: 'Casey M.',
    });

    // The slot is offered again and another parent gets it.
    expect((await freeSlots()).map((free) => free.id)).toContain(slot.id);
    await book(payer, slot);

    const notices = await ctx.prisma.notification.findMany({
      where: { accountId: caseyId, kind: 'appointment_cancelled', body: { contains: reason } },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe('Your office appointment is cancelled');
    const email = await ctx.prisma.emailOutbox.findFirstOrThrow({
      where: { toAddress: 'casey.morgan@example.com', body: { contains: reason } },
    });
    expect(email.subject).toBe('Your office appointment is cancelled');
    expect(email.body).not.toMatch(/123-45|1000000001|Morgan/);

    const agentUser = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username: 'agent.demo' } });
    const audits = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_appointment_cancelled', subjectId: id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorType: 'staff',
      actorId: agentUser.id,
      accountId: caseyId,
      subjectType: 'appointment',
      details: { reason, emailed: true },
    });

    const again = await cancel(id, { reason: 'Again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'staff_appointment_cancelled', subjectId: id } }),
    ).toBe(1);

    // The parent sees it cancelled, with the reason, among their upcoming appointments.
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/appointments',
      headers: bearer(parent),
    });
    expect(mine.json().items.find((item: Item) => item.id === id)).toMatchObject({
      status: 'cancelled',
      cancelReason: reason,
    });
    expect((await cancel('0191d2a4-0000-7000-8000-000000000000', { reason: 'Nobody' })).statusCode).toBe(404);
  });

  it('refuses an appointment that has already taken place (409) and changes nothing', async () => {
    const startsAt = new Date(ctx.clock.now().getTime() - 86_400_000);
    const slot = await ctx.prisma.appointmentSlot.create({
      data: { officeId, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000) },
    });
    const past = await ctx.prisma.appointment.create({
      data: {
        slotId: slot.id,
        accountId: caseyId,
        purpose: 'Yesterday',
        status: 'booked',
        createdAt: startsAt,
      },
    });
    await ctx.prisma.appointmentSlot.update({
      where: { id: slot.id },
      data: { bookedAppointmentId: past.id },
    });
    const response = await cancel(past.id, { reason: 'Too late' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('already taken place');
    expect((await ctx.prisma.appointment.findUniqueOrThrow({ where: { id: past.id } })).status).toBe(
      'booked',
    );
  });

  it('without an email on file, notifies only', async () => {
    const slot = (await freeSlots())[4];
    if (!slot) throw new Error('no slot');
    const id = await book(parent, slot);
    await ctx.prisma.customerAccount.update({ where: { id: caseyId }, data: { email: null } });
    try {
      const emails = await ctx.prisma.emailOutbox.count();
      expect((await cancel(id, { reason: 'The advisor is away.' })).statusCode).toBe(200);
      expect(await ctx.prisma.emailOutbox.count()).toBe(emails);
      expect(
        await ctx.prisma.notification.count({
          where: { accountId: caseyId, body: { contains: 'The advisor is away.' } },
        }),
      ).toBe(1);
      expect(
        (
          await ctx.prisma.auditEvent.findFirstOrThrow({
            where: { action: 'staff_appointment_cancelled', subjectId: id },
          })
        ).details,
      ).toMatchObject({ emailed: false });
    } finally {
      await ctx.prisma.customerAccount.update({
        where: { id: caseyId },
        data: { email: 'casey.morgan@example.com' },
      });
    }
  });

  it('cancels nothing, frees nothing and tells nobody when the audit insert fails (503)', async () => {
    const slot = (await freeSlots())[5];
    if (!slot) throw new Error('no slot');
    const id = await book(parent, slot);
    const [emails, notifications] = [
      await ctx.prisma.emailOutbox.count(),
      await ctx.prisma.notification.count(),
    ];
    expect(
      (
        await withAuditRefused(ctx.prisma, 'staff_appointment_cancelled', () =>
          cancel(id, { reason: 'Office flooded' }),
        )
      ).statusCode,
    ).toBe(503);
    expect(await ctx.prisma.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'booked',
      cancelReason: null,
    });
    expect(
      (await ctx.prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedAppointmentId,
    ).toBe(id);
    expect(await ctx.prisma.emailOutbox.count()).toBe(emails);
    expect(await ctx.prisma.notification.count()).toBe(notifications);
  });
});
