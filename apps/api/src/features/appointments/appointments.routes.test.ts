// Booking as parents do it, including ten of them pressing "Book" on the same slot at once: exactly
// one gets it. Cancelling frees the slot; the past, an overlapping time and someone else's
// appointment are refused; My Case shows the booking and forgets it once cancelled. A parent holds at
// most two upcoming appointments (the policy's cap), even booking several at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { bearer, signIn as signInFixture } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { securityPolicy } from '@cos/security';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let parent: string;
let payer: string;
let officeId: string;
let otherOfficeId: string;

type Slot = { id: string; startsAt: string; endsAt: string };

beforeAll(async () => {
  ctx = await createSeededTestApp();
  parent = await signIn(ctx.app, 'demo.parent');
  payer = await signIn(ctx.app, 'demo.payer');
  const offices = await ctx.prisma.office.findMany({
    orderBy: { name: 'asc' },
    take: 2,
    select: { id: true },
  });
  officeId = offices[0]?.id ?? '';
  otherOfficeId = offices[1]?.id ?? '';
});
afterAll(() => ctx?.close());

const get = (url: string, token: string) => ctx.app.inject({ method: 'GET', url, headers: bearer(token) });
const book = (token: string, body: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/appointments', headers: bearer(token), payload: body });
const cancel = (token: string, id: string) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/appointments/${id}/cancel`, headers: bearer(token) });
async function freeSlots(office: string, token = parent): Promise<Slot[]> {
  const response = await get(`/api/v1/offices/${office}/slots`, token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('offices and slots', () => {
  it('lists every office, the parent’s case office marked', async () => {
    const response = await get('/api/v1/appointments/offices', parent);
    expect(response.statusCode).toBe(200);
    const items: { id: string; onMyCase: boolean }[] = response.json().items;
    expect(items.length).toBe(await ctx.prisma.office.count());
    const caseOffice = await ctx.prisma.supportCase.findUniqueOrThrow({
      where: { caseNumber: '1000000001' },
      select: { officeId: true },
    });
    expect(items.filter((office) => office.onMyCase).map((office) => office.id)).toEqual([
      caseOffice.officeId,
    ]);
  });

  it('offers free slots in office hours, agency time: 9:00 EST is 14:00 UTC in November', async () => {
    const slots = await freeSlots(officeId);
    expect(slots.length).toBeGreaterThan(40);
    expect(slots[0]?.startsAt).toBe('2026-11-03T14:00:00.000Z');
    expect(new Set(slots.map((slot) => slot.startsAt.slice(11, 16)))).toEqual(
      new Set(['14:00', '15:00', '16:00', '18:00', '19:00', '20:00']),
    );
    const booked = await ctx.prisma.appointmentSlot.findMany({
      where: { officeId, bookedAppointmentId: { not: null } },
      select: { id: true },
    });
    for (const slot of booked) expect(slots.map((s) => s.id)).not.toContain(slot.id);
  });

  it('generates the coming working days’ slots as the clock moves on, once', async () => {
    const count = () => ctx.prisma.appointmentSlot.count({ where: { officeId: otherOfficeId } });
    await freeSlots(otherOfficeId);
    const before = await count();
    ctx.clock.advance(7 * 86_400_000); // Monday 9 November: five more working days come into reach
    try {
      const later = await signIn(ctx.app, 'demo.parent'); // the first token has long expired
      await Promise.all([freeSlots(otherOfficeId, later), freeSlots(otherOfficeId, later)]);
      expect(await count()).toBe(before + 5 * 6);
      await freeSlots(otherOfficeId, later);
      expect(await count()).toBe(before + 5 * 6);
      const slots = await freeSlots(otherOfficeId, later);
      // Ten working days from Monday 9 November skip Veterans Day (Wednesday 11 November, a Georgia
      // state holiday), so the window ends on Tuesday 24 November.
      expect(slots.at(-1)?.startsAt).toBe('2026-11-24T20:00:00.000Z');
      expect(slots.every((slot) => new Date(slot.startsAt) > ctx.clock.now())).toBe(true);
    } finally {
      ctx.clock.advance(-7 * 86_400_000);
    }
  });

  it('answers an unknown office with 404 and a window over 31 days with 400', async () => {
    expect((await get('/api/v1/offices/0190d1a4-0000-7000-8000-000000000000/slots', parent)).statusCode).toBe(
      404,
    );
    const wide = await get(
      `/api/v1/offices/${officeId}/slots?from=2026-11-03T00:00:00Z&to=2027-01-03T00:00:00Z`,
      parent,
    );
    expect(wide.statusCode).toBe(400);
  });
});

describe('booking one slot concurrently', () => {
  it('gives 10 simultaneous bookings by 10 parents exactly one 201 and nine 409 SLOT_TAKEN, and one appointment', async () => {
    await createQuestions(ctx.prisma);
    const customers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => createCustomer(ctx.prisma, { userId: `race.parent${index}` })),
    );
    const tokens = await Promise.all(
      customers.map(async (customer) => (await signInFixture(ctx.app, customer.userId)).accessToken),
    );
    const slot = (await freeSlots(officeId))[5];
    if (!slot) throw new Error('no slot');

    const responses = await Promise.all(
      tokens.map((token) => book(token, { slotId: slot.id, purpose: 'Payment questions' })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const response of responses.filter((r) => r.statusCode === 409))
      expect(response.json().error.code).toBe('SLOT_TAKEN');
    const rows = await ctx.prisma.appointment.findMany({ where: { slotId: slot.id } });
    expect(rows).toHaveLength(1);
    const row = await ctx.prisma.appointmentSlot.findUniqueOrThrow({ where: { id: slot.id } });
    expect(row.bookedAppointmentId).toBe(rows[0]?.id);
    expect((await freeSlots(officeId)).map((s) => s.id)).not.toContain(slot.id);
  });
});

describe('book, see, cancel', () => {
  it('shows a booking on My Case and in the list; cancelling frees the slot and My Case forgets it', async () => {
    const before = (await get('/api/v1/cases/1000000001', parent)).json().nextAppointment;
    const slot = (await freeSlots(officeId))[0];
    if (!slot) throw new Error('no slot');
    expect(new Date(slot.startsAt) < new Date(before?.startsAt ?? '2100-01-01')).toBe(true);

    const booked = await book(parent, {
      slotId: slot.id,
      purpose: 'Review of support order',
      caseNumber: '1000000001',
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const appointment = booked.json();
    expect(appointment).toMatchObject({
      startsAt: slot.startsAt,
      purpose: 'Review of support order',
      caseNumber: '1000000001',
      status: 'booked',
    });
    expect((await get('/api/v1/appointments', parent)).json().items[0]).toMatchObject({ id: appointment.id });
    expect((await get('/api/v1/cases/1000000001', parent)).json().nextAppointment).toMatchObject({
      startsAt: slot.startsAt,
      purpose: 'Review of support order',
    });

    const someoneElse = await cancel(payer, appointment.id);
    expect(someoneElse.statusCode).toBe(404);

    const cancelled = await cancel(parent, appointment.id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await get('/api/v1/cases/1000000001', parent)).json().nextAppointment).toEqual(before);
    expect(
      (await get('/api/v1/appointments', parent)).json().items.map((item: { id: string }) => item.id),
    ).not.toContain(appointment.id);
    expect((await freeSlots(officeId)).map((s) => s.id)).toContain(slot.id);
    expect((await cancel(parent, appointment.id)).statusCode).toBe(409);

    const rebooked = await book(payer, { slotId: slot.id, purpose: 'Payment questions' });
    expect(rebooked.statusCode).toBe(201);
  });

  it('shows an appointment booked for no case in particular on the parent’s case', async () => {
    const slot = (await freeSlots(otherOfficeId))[0];
    if (!slot) throw new Error('no slot');
    const booked = await book(parent, { slotId: slot.id, purpose: 'Case information update' });
    expect(booked.statusCode).toBe(201);
    expect(booked.json().caseNumber).toBeNull();
    expect((await get('/api/v1/cases/1000000001', parent)).json().nextAppointment).toMatchObject({
      startsAt: slot.startsAt,
    });
    expect((await cancel(parent, booked.json().id)).statusCode).toBe(200);
  });

  it('refuses a second appointment at an overlapping time, a past slot, and a case that is not the parent’s', async () => {
    const [here] = await freeSlots(officeId);
    const there = (await freeSlots(otherOfficeId)).find((slot) => slot.startsAt === here?.startsAt);
    if (!here || !there) throw new Error('no slots');
    expect((await book(parent, { slotId: here.id, purpose: 'Payment questions' })).statusCode).toBe(201);
    const overlap = await book(parent, { slotId: there.id, purpose: 'Payment questions' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already have an appointment'),
    });

    const past = await ctx.prisma.appointmentSlot.create({
      data: {
        officeId,
        startsAt: new Date(ctx.clock.now().getTime() - 3_600_000),
        endsAt: new Date(ctx.clock.now().getTime() - 900_000),
      },
    });
    const late = await book(payer, { slotId: past.id, purpose: 'Payment questions' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0]).toMatchObject({
      field: 'slotId',
      message: expect.stringContaining('passed'),
    });

    const notMine = await book(parent, {
      slotId: there.id,
      purpose: 'Payment questions',
      caseNumber: '1000000002',
    });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields[0].field).toBe('caseNumber');
  });

  it('validates the request and needs a signed-in parent', async () => {
    const invalid = await book(parent, { slotId: 'nope', purpose: '' });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['purpose', 'slotId']);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/appointments' })).statusCode).toBe(401);
  });
});

describe('how many upcoming appointments one parent holds', () => {
  const max = securityPolicy.appointments.maxUpcomingPerAccount;
  const newParent = async (userId: string) => {
    await createQuestions(ctx.prisma);
    const customer = await createCustomer(ctx.prisma, { userId });
    return (await signInFixture(ctx.app, customer.userId)).accessToken;
  };
  /** Free slots at distinct times (slots are 45 minutes on the hour, so these never overlap). */
  async function distinctTimes(count: number): Promise<Slot[]> {
    const byStart = new Map<string, Slot>();
    for (const slot of await freeSlots(otherOfficeId))
      if (!byStart.has(slot.startsAt)) byStart.set(slot.startsAt, slot);
    const slots = [...byStart.values()].slice(-count);
    if (slots.length < count) throw new Error('not enough slots');
    return slots;
  }

  it(`books ${max}, refuses the next with 409 TOO_MANY_APPOINTMENTS, and books again once one is cancelled`, async () => {
    expect(max).toBe(2);
    const token = await newParent('cap.parent');
    const [first, second, third] = await distinctTimes(3);
    if (!first || !second || !third) throw new Error('no slots');
    const booked = [
      await book(token, { slotId: first.id, purpose: 'Payment questions' }),
      await book(token, { slotId: second.id, purpose: 'Payment questions' }),
    ];
    expect(booked.map((response) => response.statusCode)).toEqual([201, 201]);

    const refused = await book(token, { slotId: third.id, purpose: 'Payment questions' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'TOO_MANY_APPOINTMENTS',
      message: expect.stringContaining('Cancel one of them'),
    });
    expect((await freeSlots(otherOfficeId)).map((slot) => slot.id)).toContain(third.id);

    expect((await cancel(token, booked[0]?.json().id)).statusCode).toBe(200);
    expect((await book(token, { slotId: third.id, purpose: 'Payment questions' })).statusCode).toBe(201);
  });

  it('holds under parallel bookings: of four at once, two are booked and two refused', async () => {
    const token = await newParent('cap.racer');
    const slots = await distinctTimes(8);
    const responses = await Promise.all(
      slots.slice(0, 4).map((slot) => book(token, { slotId: slot.id, purpose: 'Payment questions' })),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 201, 409, 409]);
    for (const response of responses.filter((r) => r.statusCode === 409))
      expect(response.json().error.code).toBe('TOO_MANY_APPOINTMENTS');
    expect((await get('/api/v1/appointments', token)).json().items).toHaveLength(2);
  });

  it('counts only upcoming appointments: once they have taken place, the parent can book again', async () => {
    const token = await newParent('cap.later');
    const slots = await distinctTimes(3);
    const [early, late] = [slots[0], slots[1]];
    if (!early || !late) throw new Error('no slots');
    // The two earliest of the parent's times, then the clock moved past both.
    await book(token, { slotId: early.id, purpose: 'Payment questions' });
    await book(token, { slotId: late.id, purpose: 'Payment questions' });
    const past =
      Math.max(Date.parse(early.endsAt), Date.parse(late.endsAt)) + 60_000 - ctx.clock.now().getTime();
    ctx.clock.advance(past);
    try {
      const later = (await signInFixture(ctx.app, 'cap.later')).accessToken;
      const next = (await freeSlots(otherOfficeId, later)).at(-1);
      if (!next) throw new Error('no slot');
      expect((await book(later, { slotId: next.id, purpose: 'Payment questions' })).statusCode).toBe(201);
    } finally {
      ctx.clock.advance(-past);
    }
  });
});
