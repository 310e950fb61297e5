// Office appointments in the console (docs/product.md §3.6, §6): an agent reads one office's day and
// cancels a booking with a reason. Reading shows who is coming (masked: first name, last initial),
// so it is audited like every staff read of customer data. A cancel frees the slot through the
// parent's own code (releaseAppointment), tells the parent (notification, and an email when one is
// on file, written to the outbox) and records one audit event — all in one transaction (audited()).
import type {
  StaffAppointment,
  StaffAppointmentDay,
  StaffAppointmentDayQuery,
  StaffAppointmentOfficeList,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { DomainError, notFound } from '../../../lib/errors.ts';
import { emailAccount } from '../../../email/account-email.ts';
import { caseTemplates } from '../../../email/case-templates.ts';
import { releaseAppointment } from '../../appointments/appointments.service.ts';
import { agencyInstant } from '../../appointments/slot-schedule.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { cancelledMessage } from './cancel-message.ts';

const select = {
  id: true,
  slotId: true,
  accountId: true,
  purpose: true,
  status: true,
  cancelReason: true,
  supportCase: { select: { caseNumber: true } },
  account: { select: { email: true, person: { select: { firstName: true, lastName: true } } } },
  slot: { select: { startsAt: true, endsAt: true, officeId: true, office: { select: { name: true } } } },
} as const satisfies Prisma.AppointmentSelect;

type Row = Prisma.AppointmentGetPayload<{ select: typeof select }>;

/** Masked by construction: the first name and the last name's initial, never more. */
const maskedName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName.slice(0, 1)}.`;

function itemOf(row: Row): StaffAppointment {
  return {
    id: row.id,
    startsAt: row.slot.startsAt.toISOString(),
    endsAt: row.slot.endsAt.toISOString(),
    parentName: maskedName(row.account.person),
    caseNumber: row.supportCase?.caseNumber ?? null,
    purpose: row.purpose,
    status: row.status === 'cancelled' ? 'cancelled' : 'booked',
    cancelReason: row.cancelReason,
  };
}

/** Midnight to midnight of the calendar day in agency time (23 or 25 hours on a clock change). */
function dayBounds(date: string): { from: Date; to: Date } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { from: agencyInstant(year, month - 1, day, 0), to: agencyInstant(year, month - 1, day + 1, 0) };
}

/** Every office, closed ones too: an office closed after parents booked still has their appointments. */
export async function listAppointmentOffices(
  deps: Pick<StaffDeps, 'db'>,
): Promise<StaffAppointmentOfficeList> {
  return {
    items: await deps.db.office.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, county: true, active: true },
    }),
  };
}

export async function listOfficeDay(
  deps: StaffDeps,
  query: StaffAppointmentDayQuery,
): Promise<StaffAppointmentDay> {
  const { from, to } = dayBounds(query.date);
  return audited(
    deps,
    async (tx) => {
      const office = await tx.office.findUnique({ where: { id: query.officeId }, select: { id: true } });
      if (!office) throw notFound('We could not find that office.');
      const rows = await tx.appointment.findMany({
        where: { slot: { officeId: query.officeId, startsAt: { gte: from, lt: to } } },
        orderBy: [{ slot: { startsAt: 'asc' } }, { createdAt: 'asc' }],
        select,
      });
      return { officeId: query.officeId, date: query.date, items: rows.map(itemOf) };
    },
    (day) => ({
      action: 'staff_appointments_read',
      subject: { type: 'office', id: query.officeId },
      details: { date: query.date, results: day.items.length },
    }),
  );
}

export async function cancelForParent(
  deps: StaffDeps,
  id: string,
  reason: string,
): Promise<StaffAppointment> {
  const now = deps.clock.now();
  const { item } = await audited(
    deps,
    async (tx) => {
      const row = await tx.appointment.findUnique({ where: { id }, select });
      if (!row) throw notFound('There is no appointment with that id.');
      if (row.status !== 'booked')
        throw new DomainError(
          'CONFLICT',
          409,
          'This appointment is already cancelled. Reload the day to see it.',
        );
      if (row.slot.startsAt <= now)
        throw new DomainError('CONFLICT', 409, 'This appointment has already taken place.');
      const released = await releaseAppointment(
        tx,
        { id, slotId: row.slotId },
        { at: now, reason, by: deps.staff.staffUserId },
      );
      if (!released)
        throw new DomainError(
          'CONFLICT',
          409,
          'This appointment was cancelled a moment ago. Reload the day to see it.',
        );
      const message = cancelledMessage({
        startsAt: row.slot.startsAt,
        officeName: row.slot.office.name,
        reason,
      });
      await tx.notification.create({
        data: { accountId: row.accountId, kind: 'appointment_cancelled', ...message, createdAt: now },
      });
      // In the outbox, inside the transaction: no email for a cancel that did not happen.
      await emailAccount(
        { db: tx, clock: deps.clock },
        row.accountId,
        caseTemplates.appointmentCancelled({
          startsAt: row.slot.startsAt,
          officeName: row.slot.office.name,
          reason,
        }),
      );
      const after = await tx.appointment.findUniqueOrThrow({ where: { id }, select });
      return { item: itemOf(after), row };
    },
    ({ row }) => ({
      action: 'staff_appointment_cancelled',
      accountId: row.accountId,
      subject: { type: 'appointment', id },
      details: {
        officeId: row.slot.officeId,
        startsAt: row.slot.startsAt.toISOString(),
        reason,
        emailed: row.account.email !== null,
      },
    }),
  );
  return item;
}
