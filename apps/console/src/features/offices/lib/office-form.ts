// The office form's values (what the inputs hold) to the API's request, checked with the contract's
// schema, so the console refuses what the API would refuse, field by field, before sending.
import { CreateOfficeRequest, OFFICE_SERVICES, type AdminOffice } from '@cos/contracts';
import { z } from 'zod';

export type OfficeFormValues = {
  name: string;
  county: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  zip: string;
  phone: string;
  hours: string;
  services: string[];
  latitude: string;
  longitude: string;
};

export const emptyOffice: OfficeFormValues = {
  name: '',
  county: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  zip: '',
  phone: '',
  hours: '',
  services: [],
  latitude: '',
  longitude: '',
};

/** Element ids, in form order; the services' id is their first checkbox (where the summary's link lands). */
export const officeFieldIds: Record<keyof OfficeFormValues, string> = {
  name: 'office-name',
  county: 'office-county',
  addressLine1: 'office-address-line1',
  addressLine2: 'office-address-line2',
  city: 'office-city',
  zip: 'office-zip',
  phone: 'office-phone',
  hours: 'office-hours',
  services: 'office-service-0',
  latitude: 'office-latitude',
  longitude: 'office-longitude',
};

/** The server's and the schema's names for one service ("services.2") land on the first box too. */
export const officeIds: Readonly<Record<string, string>> = {
  ...officeFieldIds,
  ...Object.fromEntries(OFFICE_SERVICES.map((_, index) => [`services.${index}`, officeFieldIds.services])),
};

/** One message per field, whatever the contract found wrong with it. */
export const officeMessages = Object.fromEntries(
  Object.keys(officeFieldIds).map((field) => [field, `offices:errors.${field}`]),
);

export function valuesOf(office: AdminOffice): OfficeFormValues {
  return {
    name: office.name,
    county: office.county,
    addressLine1: office.addressLine1,
    addressLine2: office.addressLine2 ?? '',
    city: office.city,
    zip: office.zip,
    phone: office.phone,
    hours: office.hours,
    services: [...office.services],
    latitude: office.latitude === null ? '' : String(office.latitude),
    longitude: office.longitude === null ? '' : String(office.longitude),
  };
}

/** Empty is "no coordinate"; anything else must be a number (NaN fails the schema's check). */
const coordinate = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** What the inputs hold as CreateOfficeRequest: no second line as null, coordinates as numbers. */
export const OfficeValues = z
  .object({
    name: z.string(),
    county: z.string(),
    addressLine1: z.string(),
    addressLine2: z.string(),
    city: z.string(),
    zip: z.string(),
    phone: z.string(),
    hours: z.string(),
    services: z.array(z.string()),
    latitude: z.string(),
    longitude: z.string(),
  })
  .transform((values): z.input<typeof CreateOfficeRequest> => ({
    ...values,
    // Any strings here: the contract's list of services checks them in the pipe below.
    services: values.services as z.input<typeof CreateOfficeRequest>['services'],
    addressLine2: values.addressLine2.trim() || null,
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
  }))
  .pipe(CreateOfficeRequest);

/** (404) 555-0100 for the 10 digits the API keeps. */
export function formatPhone(digits: string): string {
  return /^\d{10}$/.test(digits)
    ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`
    : digits;
}
