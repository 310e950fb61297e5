// Booking and cancelling (docs/product.md §3.6). A booking is one transaction: the parent's account row is
// locked (so one parent's parallel bookings cannot overlap each other), then the slot is claimed
// with a conditional UPDATE (… WHERE booked_appointment_id IS NULL): of any number of parallel
// bookings of one slot exactly one updates the row, the others see it taken and answer 409
// SLOT_TAKEN, and nothing of theirs is written. The unique index on booked_appointment_id backs it.
// Under the same lock the parent's upcoming bookings are counted: at the policy's cap the answer is
// 409 TOO_MANY_APPOINTMENTS, so parallel bookings cannot together pass it.
// A slot at an office an administrator closed is refused (409 OFFICE_CLOSED).
import type { AppointmentItem, AppointmentList, BookAppointmentRequest } from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, DomainError, notFound } from '../../lib/errors.ts';
import { uuid7 } from '../../lib/uuid7.ts';
import { officeClosed } from './slots.service.ts';

export interface AppointmentDeps {
  db: PrismaClient;
  clock: Clock;
  policy: Pick<SecurityPolicy, 'appointments'>;
}

const slotTaken = () =>
  new DomainError('SLOT_TAKEN', 409, 'Someone has just booked that time. Choose another time.');
const tooManyAppointments = (max: number) =>
  new DomainError(
    'TOO_MANY_APPOINTMENTS',
    409,
    `You already have ${max} upcoming appointments, the most you can book at one time. Cancel one of them to book another time.`,
  );
const appointmentNotFound = () => notFound('We could not find that appointment on your account.');

const appointmentSelect = {
  id: true,
  purpose: true,
  status: true,
  cancelReason: true,
  supportCase: { select: { caseNumber: true } },
  slot: {
    select: {
      startsAt: true,
      endsAt: true,
      office: {
        select: {
          id: true,
          name: true,
          addressLine1: true,
          city: true,
          zip: true,
          phone: true,
          active: true,
        },
      },
    },
  },
} satisfies Prisma.AppointmentSelect;

type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

function toItem(row: AppointmentRow): AppointmentItem {
  const { active, ...office } = row.slot.office;
  return {
    id: row.id,
    startsAt: row.slot.startsAt.toISOString(),
    endsAt: row.slot.endsAt.toISOString(),
    office,
    purpose: row.purpose,
    caseNumber: row.supportCase?.caseNumber ?? null,
    status: row.status === 'cancelled' ? 'cancelled' : 'booked',
    cancelReason: row.cancelReason,
    // Closed after the booking: the appointment stays, but the parent must be told to call and rebook.
    officeClosed: !active,
  };
}

/** Upcoming appointments, earliest first: booked ones, and those the office cancelled (with why). */
export async function listAppointments(deps: AppointmentDeps, accountId: string): Promise<AppointmentList> {
  const rows = await deps.db.appointment.findMany({
    where: {
      accountId,
      OR: [{ status: 'booked' }, { status: 'cancelled', cancelReason: { not: null } }],
      slot: { startsAt: { gt: deps.clock.now() } },
    },
    orderBy: { slot: { startsAt: 'asc' } },
    select: appointmentSelect,
  });
  return { items: rows.map(toItem) };
}

async function caseIdOf(
  tx: Prisma.TransactionClient,
  accountId: string,
  caseNumber: string | undefined,
): Promise<string | null> {
  if (!caseNumber) return null;
  const found = await tx.supportCase.findFirst({
    where: { caseNumber, participants: { some: { person: { account: { id: accountId } } } } },
    select: { id: true },
  });
  if (!found)
    throw badRequest('Some of the information is missing or not valid.', [
      { field: 'caseNumber', message: 'Choose one of your cases.' },
    ]);
  return found.id;
}

export async function bookAppointment(
  deps: AppointmentDeps,
  accountId: string,
  request: BookAppointmentRequest,
): Promise<AppointmentItem> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM customer_accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
    const slot = await tx.appointmentSlot.findUnique({
      where: { id: request.slotId },
      select: { startsAt: true, endsAt: true, officeId: true },
    });
    if (!slot) throw notFound('That time is not offered. Choose another time.');
    // FOR SHARE: an administrator closing the office waits for this booking, or this booking sees it closed.
    const [office] = await tx.$queryRaw<
      { active: boolean }[]
    >`SELECT active FROM offices WHERE id = ${slot.officeId}::uuid FOR SHARE`;
    if (!office?.active) throw officeClosed();
    if (slot.startsAt <= now)
      throw badRequest('That time has passed. Choose another time.', [
        { field: 'slotId', message: 'That time has passed. Choose another time.' },
      ]);
    const caseId = await caseIdOf(tx, accountId, request.caseNumber);
    const overlapping = await tx.appointment.count({
      where: {
        accountId,
        status: 'booked',
        slot: { startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
      },
    });
    if (overlapping > 0)
      throw new DomainError(
        'CONFLICT',
        409,
        'You already have an appointment at that time. Cancel it first, or choose another time.',
      );
    const upcoming = await tx.appointment.count({
      where: { accountId, status: 'booked', slot: { startsAt: { gt: now } } },
    });
    const max = deps.policy.appointments.maxUpcomingPerAccount;
    if (upcoming >= max) throw tooManyAppointments(max);

    const id = uuid7(now);
    const claimed = await tx.appointmentSlot.updateMany({
      where: { id: request.slotId, bookedAppointmentId: null },
      data: { bookedAppointmentId: id },
    });
    if (claimed.count === 0) throw slotTaken();
    const row = await tx.appointment.create({
      data: {
        id,
        slotId: request.slotId,
        accountId,
        caseId,
        purpose: request.purpose,
        status: 'booked',
        createdAt: now,
      },
      select: appointmentSelect,
    });
    return toItem(row);
  });
}

/**
 * Marks a booked appointment cancelled and frees its slot for others; false when it was no longer
 * booked (cancelled a moment ago). The parent's cancel and the console's (reason and staff user
 * given) both go through here, inside their own transaction.
 */
export async function releaseAppointment(
  tx: Prisma.TransactionClient,
  appointment: { id: string; slotId: string },
  cancel: { at: Date; reason?: string; by?: string },
): Promise<boolean> {
  const cancelled = await tx.appointment.updateMany({
    where: { id: appointment.id, status: 'booked' },
    data: {
      status: 'cancelled',
      cancelledAt: cancel.at,
      cancelReason: cancel.reason ?? null,
      cancelledBy: cancel.by ?? null,
    },
  });
  if (cancelled.count === 0) return false;
  await tx.appointmentSlot.updateMany({
    where: { id: appointment.slotId, bookedAppointmentId: appointment.id },
    data: { bookedAppointmentId: null },
  });
  return true;
}

/** Cancels a booked, upcoming appointment of this parent and frees its slot for others. */
export async function cancelAppointment(
  deps: AppointmentDeps,
  accountId: string,
  id: string,
): Promise<AppointmentItem> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const found = await tx.appointment.findFirst({
      where: { id, accountId },
      select: { slotId: true, status: true, slot: { select: { startsAt: true } } },
    });
    if (!found) throw appointmentNotFound();
    if (found.slot.startsAt <= now)
      throw new DomainError('CONFLICT', 409, 'This appointment has already taken place.');
    if (!(await releaseAppointment(tx, { id, slotId: found.slotId }, { at: now })))
      throw new DomainError('CONFLICT', 409, 'This appointment was already cancelled.');
    return toItem(await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect }));
  });
}
