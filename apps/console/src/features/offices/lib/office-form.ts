// The office form's values (what the inputs hold) to the API's request, checked with the contract's
// schema, so the console refuses what the API would refuse, field by field, before sending.
import { CreateOfficeRequest, type AdminOffice, type CreateOfficeInput } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

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

const isField = (field: string): field is keyof OfficeFormValues => Object.hasOwn(officeFieldIds, field);

/** The wire's field names ("services.2" included) → this form's elements. */
export function officeFieldId(field: string): string | undefined {
  const name = field.split('.')[0] ?? field;
  return isField(name) ? officeFieldIds[name] : undefined;
}

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

/** The request, or the problems (one message key per field, in form order). */
export function checkOffice(values: OfficeFormValues): {
  request: CreateOfficeInput | null;
  errors: FieldError[];
} {
  const parsed = CreateOfficeRequest.safeParse({
    ...values,
    addressLine2: values.addressLine2.trim() || null,
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
  });
  if (parsed.success) return { request: parsed.data, errors: [] };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const errors = (Object.keys(officeFieldIds) as (keyof OfficeFormValues)[])
    .filter((field) => fields.has(field))
    .map((field) => ({ fieldId: officeFieldIds[field], messageKey: `offices:errors.${field}` }));
  return { request: null, errors };
}

/** (404) 555-0100 for the 10 digits the API keeps. */
export function formatPhone(digits: string): string {
  return /^\d{10}$/.test(digits)
    ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`
    : digits;
}
