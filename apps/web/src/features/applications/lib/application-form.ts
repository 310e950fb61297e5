// The application form's values as the wire's ApplicationRequest, checked with the contract's own
// schema (what the server accepts). Each element's id is its wire path with dashes
// (applicant.address.zip → applicant-address-zip), so server and client errors land on the same box.
import { ApplicationRequest } from '@cos/contracts';
import { radioOptionId, type FieldBinding } from '@cos/ui';
import type { Path } from 'react-hook-form';
import { z } from 'zod';

export const MAX_CHILDREN = 10;

/** The element id of a wire field path. */
export const fieldIdOf = (path: string) => path.replaceAll('.', '-');

export const existingOrderGroupId = 'existingOrder-hasOrder';

const child = { firstName: '', lastName: '', dateOfBirth: '' };
export const emptyChild = () => ({ ...child });

/** What the boxes hold: the request's shape, every box a string (the radio '' until answered). */
export const applicationDefaults = () => ({
  applicant: {
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    address: { line1: '', line2: '', city: '', state: 'GA', zip: '' },
    phone: '',
    email: '',
  },
  otherParent: { firstName: '', lastName: '', dateOfBirth: '', lastKnownAddress: '' },
  children: [emptyChild()],
  existingOrder: { hasOrder: '', court: '', orderNumber: '' },
});
export type ApplicationFormValues = ReturnType<typeof applicationDefaults>;

/** The form's `field` (useApiForm), as the fieldsets bind their boxes with it. */
export type ApplicationField = (name: Path<ApplicationFormValues>) => FieldBinding;

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The boxes shaped as the request: trimmed, empty optional boxes left out. */
export function toApplicationRequest({
  applicant,
  otherParent,
  children,
  existingOrder,
}: ApplicationFormValues) {
  const other = [
    otherParent.firstName,
    otherParent.lastName,
    otherParent.dateOfBirth,
    otherParent.lastKnownAddress,
  ];
  return {
    applicant: {
      firstName: applicant.firstName.trim(),
      lastName: applicant.lastName.trim(),
      dateOfBirth: applicant.dateOfBirth.trim(),
      address: {
        line1: applicant.address.line1.trim(),
        line2: optional(applicant.address.line2),
        city: applicant.address.city.trim(),
        state: applicant.address.state.trim(),
        zip: applicant.address.zip.trim(),
      },
      phone: applicant.phone.trim(),
      email: optional(applicant.email),
    },
    // Nothing typed about the other parent: not known, left out.
    otherParent: other.some((value) => value.trim())
      ? {
          firstName: otherParent.firstName.trim(),
          lastName: otherParent.lastName.trim(),
          dateOfBirth: optional(otherParent.dateOfBirth),
          lastKnownAddress: optional(otherParent.lastKnownAddress),
        }
      : undefined,
    children: children.map((row) => ({
      firstName: row.firstName.trim(),
      lastName: row.lastName.trim(),
      dateOfBirth: row.dateOfBirth.trim(),
    })),
    existingOrder:
      existingOrder.hasOrder === 'yes'
        ? {
            hasOrder: true,
            court: optional(existingOrder.court),
            orderNumber: optional(existingOrder.orderNumber),
          }
        : { hasOrder: existingOrder.hasOrder === 'no' ? false : undefined },
  };
}

const text = z.string();
/**
 * The form's values, checked by the contract's own schema once shaped as the request. The shape is
 * handed on as `unknown` because an unanswered radio is not yet a request; the pipe decides.
 */
export const ApplicationValues = z
  .object({
    applicant: z.object({
      firstName: text,
      lastName: text,
      dateOfBirth: text,
      address: z.object({ line1: text, line2: text, city: text, state: text, zip: text }),
      phone: text,
      email: text,
    }),
    otherParent: z.object({ firstName: text, lastName: text, dateOfBirth: text, lastKnownAddress: text }),
    children: z.array(z.object({ firstName: text, lastName: text, dateOfBirth: text })),
    existingOrder: z.object({ hasOrder: text, court: text, orderNumber: text }),
  })
  .transform((values): unknown => toApplicationRequest(values))
  .pipe(ApplicationRequest);

/** Translation key of the message for a field, by its last path segment. */
function messageKeyOf(path: string): string {
  const segments = path.split('.');
  const last = segments.at(-1) ?? 'form';
  if (last === 'firstName' || last === 'lastName')
    return `apply:errors.${segments[0] === 'children' ? 'childName' : 'name'}`;
  if (last === 'dateOfBirth') return 'apply:errors.dateOfBirth';
  return `apply:errors.${last}`;
}

function targetOf(path: string): string {
  if (path === 'existingOrder.hasOrder') return radioOptionId(existingOrderGroupId, 'yes');
  if (path === 'children') return fieldIdOf('children.0.firstName');
  return fieldIdOf(path);
}

/** Every field's wire path (each child's too), the paths problems and server errors name. */
const paths = [
  ...['firstName', 'lastName', 'dateOfBirth', 'phone', 'email'].map((key) => `applicant.${key}`),
  ...['line1', 'line2', 'city', 'state', 'zip'].map((key) => `applicant.address.${key}`),
  ...['firstName', 'lastName', 'dateOfBirth', 'lastKnownAddress'].map((key) => `otherParent.${key}`),
  'children',
  ...Array.from({ length: MAX_CHILDREN }, (_, index) =>
    ['firstName', 'lastName', 'dateOfBirth'].map((key) => `children.${index}.${key}`),
  ).flat(),
  ...['hasOrder', 'court', 'orderNumber'].map((key) => `existingOrder.${key}`),
];

/** Where each path's problem lands: its box, in wire-path ids (the unanswered radio: its first option). */
export const applicationIds: Readonly<Record<string, string>> = Object.fromEntries(
  paths.map((path) => [path, targetOf(path)]),
);

/** The words for each path's problem (a child's name has its own). */
export const applicationMessages = Object.fromEntries(paths.map((path) => [path, messageKeyOf(path)]));
