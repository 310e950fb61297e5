// Office appointments in the console (docs/product.md §3.6, §6): an agent lists one office's bookings of
// one day and cancels one with a reason the parent is told. The parent's name is masked by
// construction (first name and last initial): enough to greet them at the desk, nothing more.
import { z } from 'zod';

export const StaffAppointmentDayQuery = z.object({
  officeId: z.uuid('Choose an office.'),
  date: z.iso.date('Enter a date as YYYY-MM-DD.').describe('The day, agency time (Georgia)'),
});
export type StaffAppointmentDayQuery = z.infer<typeof StaffAppointmentDayQuery>;

export const StaffAppointment = z.object({
  id: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  parentName: z.string().describe('First name and last initial, e.g. “Casey M.”'),
  caseNumber: z.string().nullable(),
  purpose: z.string(),
  status: z.enum(['booked', 'cancelled']),
  cancelReason: z.string().nullable(),
});
export type StaffAppointment = z.infer<typeof StaffAppointment>;

export const StaffAppointmentDay = z.object({
  officeId: z.string(),
  date: z.string(),
  items: z.array(StaffAppointment).describe('The day’s appointments at the office, by time'),
});
export type StaffAppointmentDay = z.infer<typeof StaffAppointmentDay>;

export const StaffAppointmentIdParams = z.object({ id: z.uuid('Not an appointment id.') });

export const StaffCancelAppointmentRequest = z.object({
  reason: z
    .string('Say why the appointment is cancelled.')
    .trim()
    .min(3, 'Say why the appointment is cancelled (at least 3 characters).')
    .max(500, 'Use at most 500 characters.')
    .describe('Told to the parent (notification, email, My Case)'),
});
export type StaffCancelAppointmentRequest = z.infer<typeof StaffCancelAppointmentRequest>;

/** The offices to pick from in the console, closed ones too (their booked appointments stay). */
export const StaffAppointmentOfficeList = z.object({
  items: z
    .array(z.object({ id: z.string(), name: z.string(), county: z.string(), active: z.boolean() }))
    .describe('Every office, by name'),
});
export type StaffAppointmentOfficeList = z.infer<typeof StaffAppointmentOfficeList>;
