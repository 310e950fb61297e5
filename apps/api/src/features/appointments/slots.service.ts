// Offices to book at and their free slots. Listing an office's slots first makes sure the coming
// working days have theirs (INSERT … ON CONFLICT DO NOTHING on (office, start)): the schedule rolls
// forward with the clock, and two requests generating at once simply agree.
import {
  APPOINTMENT_SCHEDULE,
  type AppointmentOfficeList,
  type AppointmentSlotList,
  type AppointmentSlotsQuery,
} from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, DomainError, notFound } from '../../lib/errors.ts';
import { plannedSlots } from './slot-schedule.ts';

export interface SlotDeps {
  db: PrismaClient;
  clock: Clock;
}

const officeNotFound = () => notFound('We could not find that office.');

/** An office an administrator closed: nothing new is booked or scheduled there (409, not 404: it exists). */
export const officeClosed = () =>
  new DomainError(
    'OFFICE_CLOSED',
    409,
    'This office is closed and takes no appointments. Choose another office.',
  );

/** Every open office, the parent's own case offices marked (the page offers those first). */
export async function listOffices(
  { db }: { db: PrismaClient },
  accountId: string,
): Promise<AppointmentOfficeList> {
  const [offices, mine] = await Promise.all([
    db.office.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        county: true,
        addressLine1: true,
        city: true,
        zip: true,
        phone: true,
        hours: true,
      },
    }),
    db.supportCase.findMany({
      where: { participants: { some: { person: { account: { id: accountId } } } }, officeId: { not: null } },
      select: { officeId: true },
    }),
  ]);
  const own = new Set(mine.map((row) => row.officeId));
  return { items: offices.map((office) => ({ ...office, onMyCase: own.has(office.id) })) };
}

/** Creates the office's missing slots for the coming working days; returns how many were new. */
export async function ensureSlots(deps: SlotDeps, officeId: string): Promise<number> {
  const created = await deps.db.appointmentSlot.createMany({
    data: plannedSlots(deps.clock.now()).map((slot) => ({ officeId, ...slot })),
    skipDuplicates: true,
  });
  return created.count;
}

/**
 * The nightly slot job: every open office gets the coming working days' slots ahead of any parent
 * asking (closed offices get none; weekends and state holidays have none). Idempotent.
 */
export async function generateSlotsForOpenOffices(deps: SlotDeps): Promise<number> {
  const offices = await deps.db.office.findMany({ where: { active: true }, select: { id: true } });
  const planned = plannedSlots(deps.clock.now());
  const created = await deps.db.appointmentSlot.createMany({
    data: offices.flatMap((office) => planned.map((slot) => ({ officeId: office.id, ...slot }))),
    skipDuplicates: true,
  });
  return created.count;
}

const MAX_WINDOW_DAYS = 31;

export async function listFreeSlots(
  deps: SlotDeps,
  officeId: string,
  query: AppointmentSlotsQuery,
): Promise<AppointmentSlotList> {
  const office = await deps.db.office.findUnique({ where: { id: officeId }, select: { active: true } });
  if (!office) throw officeNotFound();
  // A closed office gets no new slots (ensureSlots below is never reached for it).
  if (!office.active) throw officeClosed();
  const now = deps.clock.now();
  const from = query.from ? new Date(Math.max(new Date(query.from).getTime(), now.getTime())) : now;
  const to = query.to ? new Date(query.to) : new Date(now.getTime() + MAX_WINDOW_DAYS * 86_400_000);
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    throw badRequest('Ask for at most 31 days of slots at a time.', [
      { field: 'to', message: 'Ask for at most 31 days of slots at a time.' },
    ]);
  }
  await ensureSlots(deps, officeId);
  const slots = await deps.db.appointmentSlot.findMany({
    where: { officeId, bookedAppointmentId: null, startsAt: { gt: from, lt: to } },
    orderBy: { startsAt: 'asc' },
    take: APPOINTMENT_SCHEDULE.slotHours.length * MAX_WINDOW_DAYS,
    select: { id: true, startsAt: true, endsAt: true },
  });
  return {
    officeId,
    items: slots.map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
    })),
  };
}
