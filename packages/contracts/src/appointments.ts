// Office appointments (docs/product.md §3.6): free slots per office, booking and cancelling. Slots follow
// the offices' hours (Monday–Friday 8–5, agency time); the schedule's figures live here, once.
import { z } from 'zod';
import { CaseNumber } from './common.ts';

export const APPOINTMENT_SCHEDULE = {
  /** Start hours of the day's slots, agency time (Georgia); every slot ends within office hours. */
  slotHours: [9, 10, 11, 13, 14, 15],
  slotMinutes: 45,
  /** How many working days ahead slots exist (two working weeks, as the demo seed). */
  workingDaysAhead: 10,
  purposeMaxLength: 200,
} as const;

export const AppointmentOffice = z.object({
  id: z.string(),
  name: z.string(),
  county: z.string(),
  addressLine1: z.string(),
  city: z.string(),
  zip: z.string(),
  phone: z.string(),
  hours: z.string(),
  onMyCase: z.boolean().describe('The office of one of the parent’s cases'),
});
export type AppointmentOffice = z.infer<typeof AppointmentOffice>;
export const AppointmentOfficeList = z.object({ items: z.array(AppointmentOffice) });
export type AppointmentOfficeList = z.infer<typeof AppointmentOfficeList>;

export const AppointmentOfficeParams = z.object({ id: z.uuid('Not an office id.') });

const Instant = z.iso.datetime({ offset: true, message: 'Enter an ISO date-time.' });

export const AppointmentSlotsQuery = z.object({
  from: Instant.optional().describe('Default: now'),
  to: Instant.optional().describe('Default: the end of the bookable period'),
});
export type AppointmentSlotsQuery = z.infer<typeof AppointmentSlotsQuery>;

export const AppointmentSlot = z.object({
  id: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
});
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;
export const AppointmentSlotList = z.object({
  officeId: z.string(),
  items: z.array(AppointmentSlot).describe('Free slots, earliest first'),
});
export type AppointmentSlotList = z.infer<typeof AppointmentSlotList>;

export const BookAppointmentRequest = z.object({
  slotId: z.uuid('Choose a time.'),
  purpose: z
    .string()
    .trim()
    .min(3, 'Say briefly what the appointment is about.')
    .max(
      APPOINTMENT_SCHEDULE.purposeMaxLength,
      `Use at most ${APPOINTMENT_SCHEDULE.purposeMaxLength} characters.`,
    ),
  caseNumber: z.preprocess((value) => (value === '' ? undefined : value), CaseNumber.optional()),
});
export type BookAppointmentRequest = z.infer<typeof BookAppointmentRequest>;

export const AppointmentItem = z.object({
  id: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  office: z.object({
    id: z.string(),
    name: z.string(),
    addressLine1: z.string(),
    city: z.string(),
    zip: z.string(),
    phone: z.string(),
  }),
  purpose: z.string(),
  caseNumber: z.string().nullable(),
  status: z.enum(['booked', 'cancelled']),
  cancelReason: z
    .string()
    .nullable()
    .describe('Why the office cancelled it; null when booked or cancelled by the parent'),
  officeClosed: z
    .boolean()
    .describe('The office has closed since (an administrator closed it): the parent calls to rebook'),
});
export type AppointmentItem = z.infer<typeof AppointmentItem>;
export const AppointmentList = z.object({
  items: z
    .array(AppointmentItem)
    .describe('Upcoming appointments, earliest first: booked ones and those the office cancelled'),
});
export type AppointmentList = z.infer<typeof AppointmentList>;

export const AppointmentIdParams = z.object({ id: z.uuid('Not an appointment id.') });
