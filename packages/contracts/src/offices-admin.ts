// Office administration in the console (admin; docs/product.md §6): the offices the Office Finder shows and
// parents book appointments at. A closed office (active: false) is kept for the record and for the
// appointments already booked there, but the finder and booking no longer offer it.
import { z } from 'zod';
import { georgiaCounty } from './georgia-counties.ts';
import { Office } from './offices.ts';
import { PhoneNumber, phoneDigits, ZipCode } from './postal.ts';

/** What an office can offer in person; the demo offices' services (packages/db seed) are these. */
export const OFFICE_SERVICES = [
  'Open a child support case',
  'Establish paternity',
  'Establish and enforce support orders',
  'Payment and balance questions',
  'Review and modification of orders',
  "Driver's license release questions",
  'Genetic testing by appointment',
  'Parent employment program',
] as const;
export const OfficeService = z.enum(OFFICE_SERVICES, { error: 'Choose from the list of services.' });
export type OfficeService = z.infer<typeof OfficeService>;

/** Georgia's extent, with a little margin: a point outside it is a typing mistake. */
export const GEORGIA_BOUNDS = {
  minLatitude: 30.3,
  maxLatitude: 35.05,
  minLongitude: -85.7,
  maxLongitude: -80.75,
} as const;

const line = (max: number, required: string) =>
  z
    .string(required)
    .trim()
    .transform((value) => value.replace(/\s+/g, ' '))
    .pipe(z.string().min(1, required).max(max, `Use at most ${max} characters.`));

const County = z.string('Choose a Georgia county.').transform((value, context) => {
  const county = georgiaCounty(value);
  if (!county) context.addIssue({ code: 'custom', message: 'Choose a Georgia county.' });
  return county ?? value;
});

const coordinate = (min: number, max: number, message: string) =>
  z.number(message).min(min, message).max(max, message).nullable().optional();

const officeFields = {
  name: line(120, 'Enter the office name.').pipe(z.string().min(3, 'Enter the office name.')),
  county: County,
  addressLine1: line(100, 'Enter the street address.'),
  addressLine2: z
    .string()
    .trim()
    .max(100, 'Use at most 100 characters.')
    .nullable()
    .optional()
    .transform((value) => value || null),
  city: line(60, 'Enter the city.'),
  state: z.literal('GA', 'Offices are in Georgia (GA).').default('GA'),
  zip: ZipCode,
  /** Any common US format, kept as its 10 digits (as Provide Info keeps a parent's phone). */
  phone: PhoneNumber.transform(phoneDigits),
  hours: line(200, 'Enter the opening hours.'),
  services: z
    .array(OfficeService, 'Choose at least one service.')
    .min(1, 'Choose at least one service.')
    .transform((services) => [...new Set(services)]),
  latitude: coordinate(
    GEORGIA_BOUNDS.minLatitude,
    GEORGIA_BOUNDS.maxLatitude,
    'Enter a latitude in Georgia (30.3 to 35.05).',
  ),
  longitude: coordinate(
    GEORGIA_BOUNDS.minLongitude,
    GEORGIA_BOUNDS.maxLongitude,
    'Enter a longitude in Georgia (-85.7 to -80.75).',
  ),
};

export const CreateOfficeRequest = z.object(officeFields);
export type CreateOfficeRequest = z.input<typeof CreateOfficeRequest>;
export type CreateOfficeInput = z.output<typeof CreateOfficeRequest>;

const Reason = z
  .string()
  .trim()
  .min(3, 'Say why (at least 3 characters).')
  .max(500, 'Use at most 500 characters.');

/** Only the fields sent change. Closing or reopening (`active`) needs the reason, kept in the audit trail. */
export const UpdateOfficeRequest = z
  .object({
    ...officeFields,
    state: z.literal('GA', 'Offices are in Georgia (GA).'),
    active: z.boolean('Say whether the office is open.'),
    reason: Reason,
  })
  .partial()
  .refine((body) => body.active === undefined || body.reason !== undefined, {
    message: 'Say why the office closes or opens again.',
    path: ['reason'],
  });
export type UpdateOfficeRequest = z.input<typeof UpdateOfficeRequest>;
export type UpdateOfficeInput = z.output<typeof UpdateOfficeRequest>;

export const OfficeIdParams = z.object({ id: z.uuid('Not an office id.') });

/** The public office (without its map link) plus what only administrators see. */
export const AdminOffice = Office.omit({ mapUrl: true }).extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  active: z.boolean().describe('false: closed — not in the Office Finder, not bookable'),
  upcomingAppointments: z
    .number()
    .int()
    .describe('Parents’ booked appointments here still to come (closing leaves them for staff to cancel)'),
  nextAppointmentAt: z.iso.datetime().nullable().describe('The earliest of them; null when there are none'),
});
export type AdminOffice = z.infer<typeof AdminOffice>;

export const AdminOfficeList = z.object({
  items: z.array(AdminOffice).describe('Every office, closed ones too, by county then name'),
});
export type AdminOfficeList = z.infer<typeof AdminOfficeList>;
