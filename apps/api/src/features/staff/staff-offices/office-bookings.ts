// What closing an office would strand (review finding): the parents' upcoming booked appointments
// there, counted by the injected clock so past and cancelled ones never count. The console's close
// dialog says how many and links to the first one's day on the Appointments page, where staff cancel
// them one by one (each parent told there — staff-appointments, not copied here).
import type { Prisma } from '@cos/db';

export interface UpcomingBookings {
  upcomingAppointments: number;
  nextAppointmentAt: string | null;
}

const none: UpcomingBookings = { upcomingAppointments: 0, nextAppointmentAt: null };

/** Per office (all offices, or the one given): upcoming booked appointments and the earliest one. */
export async function upcomingBookings(
  db: Prisma.TransactionClient,
  now: Date,
  officeId?: string,
): Promise<(id: string) => UpcomingBookings> {
  const rows = await db.$queryRaw<{ office_id: string; count: bigint; next: Date }[]>`
    SELECT s.office_id, count(*) AS count, min(s.starts_at) AS next
      FROM appointments a JOIN appointment_slots s ON s.id = a.slot_id
     WHERE a.status = 'booked' AND s.starts_at > ${now}
       AND (${officeId ?? null}::uuid IS NULL OR s.office_id = ${officeId ?? null}::uuid)
     GROUP BY s.office_id`;
  const byOffice = new Map(
    rows.map((row) => [
      row.office_id,
      { upcomingAppointments: Number(row.count), nextAppointmentAt: row.next.toISOString() },
    ]),
  );
  return (id) => byOffice.get(id) ?? none;
}
