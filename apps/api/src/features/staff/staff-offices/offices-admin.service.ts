// Office administration (admin; docs/product.md §6): list every office (closed ones too), one office,
// create, edit, close and reopen. Each change is one audit event in the change's transaction with
// the office before and after (and the reason, for closing or reopening); a failed audit insert
// undoes the change (503, plugins/app/audited.ts). One name per county: a duplicate is 409, found
// case-insensitively here. The unique index (county, name) is case-sensitive, so the check and the
// write hold a per-county advisory lock for their transaction: two administrators saving "North
// Office" and "north office" at once are serialised and the second sees the first.
// Every answer carries the upcoming booked appointments (office-bookings.ts) closing would strand.
import type { AdminOffice, CreateOfficeInput, UpdateOfficeInput } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { DomainError, notFound } from '../../../lib/errors.ts';
import { isUniqueViolation } from '../../../lib/unique-violation.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { upcomingBookings, type UpcomingBookings } from './office-bookings.ts';
import { officeSelect } from '../../offices/offices.service.ts';

const adminSelect = { ...officeSelect, active: true } as const satisfies Prisma.OfficeSelect;

type OfficeRow = Prisma.OfficeGetPayload<{ select: typeof adminSelect }>;

const toAdminOffice = (row: OfficeRow, bookings: UpcomingBookings): AdminOffice => ({ ...row, ...bookings });

type ReadDeps = Pick<StaffDeps, 'db' | 'clock'>;

/** The audited picture of an office: every field an administrator can change. */
const snapshot = (row: OfficeRow) => JSON.stringify({ ...row, id: undefined });

const subject = (id: string) => ({ subject: { type: 'office', id } });

const duplicateName = () =>
  new DomainError('CONFLICT', 409, 'There is already an office with this name in this county.', {
    fields: [{ field: 'name', message: 'There is already an office with this name in this county.' }],
  });

export async function listAdminOffices(deps: ReadDeps): Promise<{ items: AdminOffice[] }> {
  const rows = await deps.db.office.findMany({
    select: adminSelect,
    orderBy: [{ county: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  });
  const bookings = await upcomingBookings(deps.db, deps.clock.now());
  return { items: rows.map((row) => toAdminOffice(row, bookings(row.id))) };
}

async function existing(tx: Prisma.TransactionClient, id: string): Promise<OfficeRow> {
  const row = await tx.office.findUnique({ where: { id }, select: adminSelect });
  if (!row) throw notFound('There is no office with this id.');
  return row;
}

export async function getAdminOffice(deps: ReadDeps, id: string): Promise<AdminOffice> {
  const row = await existing(deps.db, id);
  return toAdminOffice(row, (await upcomingBookings(deps.db, deps.clock.now(), id))(id));
}

/** Held until the transaction ends, so the check below and the write are one step per county. */
async function refuseDuplicate(
  tx: Prisma.TransactionClient,
  office: { county: string; name: string },
  exceptId?: string,
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('office:' || lower(${office.county}), 0))`;
  const clash = await tx.office.findFirst({
    where: {
      county: office.county,
      name: { equals: office.name, mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw duplicateName();
}

/** The unique index's answer to two administrators saving the same name at once. */
async function uniqueName<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export async function createOffice(deps: StaffDeps, input: CreateOfficeInput): Promise<AdminOffice> {
  const row = await uniqueName(
    audited(
      deps,
      async (tx) => {
        await refuseDuplicate(tx, input);
        return tx.office.create({
          data: { ...input, latitude: input.latitude ?? null, longitude: input.longitude ?? null },
          select: adminSelect,
        });
      },
      (created) => ({
        action: 'staff_office_created',
        ...subject(created.id),
        details: { name: created.name, before: null, after: snapshot(created) },
      }),
    ),
  );
  return toAdminOffice(row, { upcomingAppointments: 0, nextAppointmentAt: null });
}

/** Which audit action an edit is: closing and reopening are named, with the reason given. */
function actionOf(before: OfficeRow, after: OfficeRow) {
  if (before.active && !after.active) return 'staff_office_closed' as const;
  if (!before.active && after.active) return 'staff_office_reopened' as const;
  return 'staff_office_updated' as const;
}

export async function updateOffice(
  deps: StaffDeps,
  id: string,
  input: UpdateOfficeInput,
): Promise<AdminOffice> {
  const { reason, ...fields } = input;
  const { after, bookings } = await uniqueName(
    audited(
      deps,
      async (tx) => {
        const before = await existing(tx, id);
        if (fields.name !== undefined || fields.county !== undefined) {
          await refuseDuplicate(
            tx,
            { county: fields.county ?? before.county, name: fields.name ?? before.name },
            id,
          );
        }
        const after = await tx.office.update({ where: { id }, data: fields, select: adminSelect });
        return { before, after, bookings: (await upcomingBookings(tx, deps.clock.now(), id))(id) };
      },
      ({ before, after }) => ({
        action: actionOf(before, after),
        ...subject(id),
        details: {
          name: after.name,
          reason: reason ?? null,
          before: snapshot(before),
          after: snapshot(after),
        },
      }),
    ),
  );
  return toAdminOffice(after, bookings);
}
