// A change request's payload is JSON in the database; here it is read back into the contract's flat
// values, and the person record's current values are read for the same fields, so the console can
// show "on file" beside "requested". Shared by the parent's routes and the console's.
import {
  ContactValues,
  type ChangeRequestInput,
  type ChangeRequestItem,
  type ChangeRequestKind,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';

/** The fields of each kind, in the order a person reads them. */
export const FIELDS_OF: Record<ChangeRequestKind, readonly (keyof ContactValues)[]> = {
  address: ['addressLine1', 'addressLine2', 'city', 'state', 'zip'],
  phone: ['phone'],
  email: ['email'],
  employer: ['employerName', 'employerAddress'],
};

export function payloadOf(input: ChangeRequestInput): Prisma.InputJsonObject {
  // The step-up (password or passkey assertion) proves who asked; it is never part of what was asked for.
  // Every field a change asks for is text; the assertion is the one object, and it is dropped too.
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string] =>
        entry[0] !== 'kind' && entry[0] !== 'currentPassword' && typeof entry[1] === 'string',
    ),
  );
}

/** Stored payloads were validated on the way in; anything unexpected is dropped, never passed on. */
export function valuesOf(payload: Prisma.JsonValue): ContactValues {
  const parsed = ContactValues.safeParse(payload);
  return parsed.success ? parsed.data : {};
}

export const personContactSelect = {
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  zip: true,
  phone: true,
  email: true,
  employerName: true,
} as const;

type PersonContact = { [K in keyof typeof personContactSelect]: string | null };

/** What is on file now for the fields of one kind (the employer's address is not kept on the person). */
export function currentValues(
  person: PersonContact,
  kind: ChangeRequestKind,
  accountEmail: string | null,
): ContactValues {
  const current: ContactValues = {};
  for (const field of FIELDS_OF[kind]) {
    const value =
      field === 'email' ? (accountEmail ?? person.email) : field === 'employerAddress' ? null : person[field];
    if (value) current[field] = value;
  }
  return current;
}

/** The person columns an accepted request writes (the email also goes on the account: notices use it). */
export function personUpdateOf(kind: ChangeRequestKind, values: ContactValues): Prisma.PersonUpdateInput {
  switch (kind) {
    case 'address':
      return {
        addressLine1: values.addressLine1 ?? null,
        addressLine2: values.addressLine2 ?? null,
        city: values.city ?? null,
        state: values.state ?? null,
        zip: values.zip ?? null,
      };
    case 'phone':
      return { phone: values.phone ?? null };
    case 'email':
      return { email: values.email ?? null };
    case 'employer':
      return { employerName: values.employerName ?? null };
  }
}

type StoredRequest = {
  id: string;
  kind: ChangeRequestKind;
  payload: Prisma.JsonValue;
  status: ChangeRequestItem['status'];
  reviewReason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
};

export const changeRequestSelect = {
  id: true,
  kind: true,
  payload: true,
  status: true,
  reviewReason: true,
  createdAt: true,
  reviewedAt: true,
} as const;

export function itemOf(row: StoredRequest): ChangeRequestItem {
  return {
    id: row.id,
    kind: row.kind,
    requested: valuesOf(row.payload),
    status: row.status,
    reviewReason: row.reviewReason,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}
