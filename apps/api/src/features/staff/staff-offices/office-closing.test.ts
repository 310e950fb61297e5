// Closing an office (admin, with a reason) takes it out of the Office Finder and the offices parents
// book at: its slots are refused (409 OFFICE_CLOSED), no new ones are made as the days move on, and a
// parent's appointment already booked there stays on their list. Reopening brings it all back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { describeEvent } from '../staff-audit/audit-words.ts';

let ctx: TestApp;
let admin: string;
let parent: string;
let payer: string;
let officeId: string;

const office = {
  name: 'Homerville Child Support Office',
  county: 'Clinch',
  addressLine1: '40 Court Square',
  city: 'Homerville',
  zip: '31634',
  phone: '912-555-0160',
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
  officeId = created.json().id;
});
afterAll(() => ctx.close());

const setActive = (active: boolean, reason?: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/offices/${officeId}`,
    headers: staffBearer(admin),
    payload: { active, ...(reason ? { reason } : {}) },
  });
const finderNames = async (q: string) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/offices', query: { q } }))
    .json()
    .items.map((o: { name: string }) => o.name);
const bookableIds = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/appointments/offices', headers: bearer(parent) }))
    .json()
    .items.map((o: { id: string }) => o.id);
const slots = (token = parent) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/offices/${officeId}/slots`, headers: bearer(token) });
const book = (token: string, slotId: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: bearer(token),
    payload: { slotId, purpose: 'Talk about my payments' },
  });
const slotCount = () => ctx.prisma.appointmentSlot.count({ where: { officeId } });

describe('closing and reopening an office', () => {
  let freeSlotIds: string[] = [];
  let appointmentId = '';

  it('is open and bookable while it is open', async () => {
    expect(await finderNames('Homerville')).toEqual([office.name]);
    expect(await bookableIds()).toContain(officeId);
    freeSlotIds = (await slots()).json().items.map((slot: { id: string }) => slot.id);
    expect(freeSlotIds.length).toBeGreaterThan(10);
    const booked = await book(parent, freeSlotIds[0] ?? '');
    expect(booked.statusCode, booked.body).toBe(201);
    appointmentId = booked.json().id;
  });

  it('needs a reason to close', async () => {
    const response = await setActive(false);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'reason', message: 'Say why the office closes or opens again.' },
    ]);
    expect((await ctx.prisma.office.findUniqueOrThrow({ where: { id: officeId } })).active).toBe(true);
  });

  it('once closed: gone from the finder and the booking list, no slots, no booking — the booked appointment stays', async () => {
    const closed = await setActive(false, 'Building flooded');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ active: false });
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'staff_office_closed' },
      orderBy: { id: 'desc' },
    });
    expect(event.details).toMatchObject({ reason: 'Building flooded' });
    expect(JSON.parse(String((event.details as Record<string, string>)['before']))).toMatchObject({
      active: true,
    });
    expect(JSON.parse(String((event.details as Record<string, string>)['after']))).toMatchObject({
      active: false,
    });
    expect(describeEvent(event)).toBe(
      'Closed the office “Homerville Child Support Office” — “Building flooded”',
    );

    expect(await finderNames('Homerville')).toEqual([]);
    expect(await finderNames('')).not.toContain(office.name);
    expect(await bookableIds()).not.toContain(officeId);
    // Still listed for the administrator, as closed.
    const listed = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/offices', headers: staffBearer(admin) })
    ).json().items;
    expect(listed.find((o: { id: string }) => o.id === officeId)).toMatchObject({ active: false });

    // A week on, asking for slots makes none and says why; a free slot from before is refused.
    const before = await slotCount();
    ctx.clock.advance(7 * 86_400_000);
    try {
      // A new sign-in: the first one's session has long timed out.
      const refused = await slots(await signIn(ctx.app, 'demo.payer'));
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('OFFICE_CLOSED');
      expect(await slotCount()).toBe(before);
    } finally {
      ctx.clock.advance(-7 * 86_400_000);
    }
    const booking = await book(payer, freeSlotIds[1] ?? '');
    expect(booking.statusCode).toBe(409);
    expect(booking.json().error).toMatchObject({
      code: 'OFFICE_CLOSED',
      message: 'This office is closed and takes no appointments. Choose another office.',
    });
    expect(
      await ctx.prisma.appointmentSlot.findUniqueOrThrow({ where: { id: freeSlotIds[1] ?? '' } }),
    ).toMatchObject({ bookedAppointmentId: null });

    const mine = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/appointments', headers: bearer(parent) })
    ).json().items;
    expect(mine.find((a: { id: string }) => a.id === appointmentId)).toMatchObject({
      status: 'booked',
      office: { name: office.name },
    });
  });

  it('once reopened (with a reason): back in the finder and bookable again', async () => {
    const reopened = await setActive(true, 'Repairs finished');
    expect(reopened.json()).toMatchObject({ active: true });
    expect(
      describeEvent(
        await ctx.prisma.auditEvent.findFirstOrThrow({
          where: { action: 'staff_office_reopened' },
          orderBy: { id: 'desc' },
        }),
      ),
    ).toBe('Reopened the office “Homerville Child Support Office” — “Repairs finished”');
    expect(await finderNames('Homerville')).toEqual([office.name]);
    expect(await bookableIds()).toContain(officeId);
    expect((await slots(payer)).statusCode).toBe(200);
    const booked = await book(payer, freeSlotIds[1] ?? '');
    expect(booked.statusCode, booked.body).toBe(201);
  });
});
