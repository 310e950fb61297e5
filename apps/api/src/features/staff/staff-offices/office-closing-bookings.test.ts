// What closing an office strands, seen from both sides (review findings): the administrator reads
// how many upcoming booked appointments the office has (by the clock: past and cancelled ones do not
// count), and a parent whose appointment is at an office that has closed sees it flagged — in the
// appointments list and on My Case — and can still cancel it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let admin: string;
let parent: string;
let payer: string;
let officeId: string;
const slotIds: string[] = [];

const office = {
  name: 'Folkston Child Support Office',
  county: 'Charlton',
  addressLine1: '68 Kingsland Drive',
  city: 'Folkston',
  zip: '31537',
  phone: '912-555-0170',
  hours: 'Monday–Friday 8:00 a.m.–5:00 p.m.',
  services: ['Payment and balance questions'],
};

beforeAll(async () => {
  ctx = await createSeededTestApp();
  admin = (await signInStaff(ctx, 'admin.demo')).accessToken;
  parent = await signIn(ctx.app, 'demo.parent');
  payer = await signIn(ctx.app, 'demo.payer');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/admin/offices',
    headers: staffBearer(admin),
    payload: office,
  });
  expect(created.statusCode, created.body).toBe(201);
  expect(created.json()).toMatchObject({ upcomingAppointments: 0, nextAppointmentAt: null });
  officeId = created.json().id;
  const slots = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/offices/${officeId}/slots`,
    headers: bearer(parent),
  });
  slotIds.push(...slots.json().items.map((slot: { id: string }) => slot.id));
});
afterAll(() => ctx.close());

const adminOffice = async () =>
  (
    await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/admin/offices/${officeId}`,
      headers: staffBearer(admin),
    })
  ).json();
const listed = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/offices', headers: staffBearer(admin) }))
    .json()
    .items.find((o: { id: string }) => o.id === officeId);
const book = async (token: string, slotId: string) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: bearer(token),
    payload: { slotId, purpose: 'Talk about my payments' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; startsAt: string };
};
const mine = async (token: string) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/appointments', headers: bearer(token) })).json().items;

describe('an office with upcoming bookings, closed', () => {
  let parentAppointment = { id: '', startsAt: '' };

  it('tells the administrator how many upcoming booked appointments there are and when the first is', async () => {
    // Cancelled by the parent: no longer anyone's appointment, not counted.
    const cancelled = await book(payer, slotIds[2] ?? '');
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/appointments/${cancelled.id}/cancel`,
          headers: bearer(payer),
        })
      ).statusCode,
    ).toBe(200);
    parentAppointment = await book(parent, slotIds[0] ?? '');
    await book(payer, slotIds[1] ?? '');
    // One that has already taken place (booked yesterday's slot): not counted either.
    const now = ctx.clock.now();
    const pastSlot = await ctx.prisma.appointmentSlot.create({
      data: {
        officeId,
        startsAt: new Date(now.getTime() - 86_400_000),
        endsAt: new Date(now.getTime() - 86_400_000 + 45 * 60_000),
      },
    });
    const account = await ctx.prisma.customerAccount.findFirstOrThrow({
      where: { userIdNormalized: 'demo.parent' },
    });
    const past = await ctx.prisma.appointment.create({
      data: {
        slotId: pastSlot.id,
        accountId: account.id,
        purpose: 'Earlier visit',
        status: 'booked',
        createdAt: now,
      },
    });
    await ctx.prisma.appointmentSlot.update({
      where: { id: pastSlot.id },
      data: { bookedAppointmentId: past.id },
    });

    expect(await adminOffice()).toMatchObject({
      upcomingAppointments: 2,
      nextAppointmentAt: parentAppointment.startsAt,
    });
    expect(await listed()).toMatchObject({
      upcomingAppointments: 2,
      nextAppointmentAt: parentAppointment.startsAt,
    });
  });

  it('still counts them once closed, and the closing answer says so', async () => {
    const closed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/offices/${officeId}`,
      headers: staffBearer(admin),
      payload: { active: false, reason: 'Lease ended' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ active: false, upcomingAppointments: 2 });
  });

  it('flags the parent’s appointment at the closed office, in the list and on My Case; other appointments are not flagged', async () => {
    const items = await mine(parent);
    expect(items.find((a: { id: string }) => a.id === parentAppointment.id)).toMatchObject({
      status: 'booked',
      officeClosed: true,
      office: { name: office.name },
    });
    expect(
      items
        .filter((a: { office: { id: string } }) => a.office.id !== officeId)
        .every((a: { officeClosed: boolean }) => !a.officeClosed),
    ).toBe(true);
    const detail = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/cases/1000000001', headers: bearer(parent) })
    ).json();
    expect(detail.nextAppointment).toMatchObject({
      startsAt: parentAppointment.startsAt,
      officeName: office.name,
      officeClosed: true,
    });
  });

  it('lets the parent cancel it; the administrator’s count goes down', async () => {
    const cancelled = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${parentAppointment.id}/cancel`,
      headers: bearer(parent),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', officeClosed: true });
    expect(await adminOffice()).toMatchObject({
      upcomingAppointments: 1,
      nextAppointmentAt: expect.not.stringMatching(parentAppointment.startsAt),
    });
  });

  it('stops counting an appointment once its time has passed (by the clock)', async () => {
    const last = (await mine(payer)).find((a: { office: { id: string } }) => a.office.id === officeId);
    ctx.clock.advance(new Date(last.startsAt).getTime() - ctx.clock.now().getTime() + 60_000);
    try {
      const freshAdmin = (await signInStaff(ctx, 'admin.demo')).accessToken;
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/admin/offices/${officeId}`,
        headers: staffBearer(freshAdmin),
      });
      expect(response.json()).toMatchObject({ upcomingAppointments: 0, nextAppointmentAt: null });
    } finally {
      ctx.clock.advance(-(new Date(last.startsAt).getTime() - ctx.clock.now().getTime() + 60_000));
    }
  });
});
