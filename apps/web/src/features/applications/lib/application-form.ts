// The application form's values as the wire's ApplicationRequest, checked with the contract's own
// schema (what the server accepts). Each element's id is its wire path with dashes
// (applicant.address.zip → applicant-address-zip), so server and client errors land on the same box.
import { ApplicationRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';
import { radioOptionId } from '@cos/ui';

export const MAX_CHILDREN = 10;

/** The element id of a wire field path. */
export const fieldIdOf = (path: string) => path.replaceAll('.', '-');

export const existingOrderGroupId = 'existingOrder-hasOrder';

function read(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

const optional = (value: string) => (value === '' ? undefined : value);

/** What the boxes hold, shaped as the request; empty optional boxes are left out. */
export function readApplication(form: FormData, childCount: number): unknown {
  const other = ['firstName', 'lastName', 'dateOfBirth', 'lastKnownAddress'].map((key) =>
    read(form, `otherParent.${key}`),
  );
  const hasOrder = read(form, 'existingOrder.hasOrder');
  return {
    applicant: {
      firstName: read(form, 'applicant.firstName'),
      lastName: read(form, 'applicant.lastName'),
      dateOfBirth: read(form, 'applicant.dateOfBirth'),
      address: {
        line1: read(form, 'applicant.address.line1'),
        line2: optional(read(form, 'applicant.address.line2')),
        city: read(form, 'applicant.address.city'),
        state: read(form, 'applicant.address.state'),
        zip: read(form, 'applicant.address.zip'),
      },
      phone: read(form, 'applicant.phone'),
      email: optional(read(form, 'applicant.email')),
    },
    // Nothing typed about the other parent: not known, left out.
    otherParent: other.some(Boolean)
      ? {
          firstName: other[0],
          lastName: other[1],
          dateOfBirth: optional(other[2] ?? ''),
          lastKnownAddress: optional(other[3] ?? ''),
        }
      : undefined,
    children: Array.from({ length: childCount }, (_, index) => ({
      firstName: read(form, `children.${index}.firstName`),
      lastName: read(form, `children.${index}.lastName`),
      dateOfBirth: read(form, `children.${index}.dateOfBirth`),
    })),
    existingOrder:
      hasOrder === 'yes'
        ? {
            hasOrder: true,
            court: optional(read(form, 'existingOrder.court')),
            orderNumber: optional(read(form, 'existingOrder.orderNumber')),
          }
        : { hasOrder: hasOrder === 'no' ? false : undefined },
  };
}

/** Translation key of the message for a field, by its last path segment. */
function messageKeyOf(path: (string | number)[]): string {
  const last = String(path.at(-1) ?? 'form');
  const parent = String(path.at(-2) ?? '');
  if (last === 'firstName' || last === 'lastName')
    return `apply:errors.${parent === 'children' || typeof path.at(-2) === 'number' ? 'childName' : 'name'}`;
  if (last === 'dateOfBirth') return 'apply:errors.dateOfBirth';
  return `apply:errors.${last}`;
}

function targetOf(path: (string | number)[]): string {
  const wire = path.join('.');
  if (wire === 'existingOrder.hasOrder') return radioOptionId(existingOrderGroupId, 'yes');
  if (wire === 'children') return fieldIdOf('children.0.firstName');
  return fieldIdOf(wire);
}

export function validateApplication(values: unknown): { errors: FieldError[]; request?: ApplicationRequest } {
  const parsed = ApplicationRequest.safeParse(values);
  if (parsed.success) return { errors: [], request: parsed.data };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const fieldId = targetOf(path);
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    errors.push({ fieldId, messageKey: messageKeyOf(path) });
  }
  return { errors };
}

/** Where a server field error lands (the same mapping), for serverFieldErrors. */
export function serverFieldId(field: string): string {
  return targetOf(field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)));
}
