// The Provide Info form: which fields each kind of change has, their element ids, and the check
// before sending. The rules are the contracts' schemas (what the server accepts); the words are
// this app's, so they can be translated.
import { ChangeRequestInput, type ChangeRequestKind } from '@cos/contracts';
import { radioOptionId, type FieldError } from '@cos/ui';

export const changeKinds = [
  'address',
  'phone',
  'email',
  'employer',
] as const satisfies readonly ChangeRequestKind[];

export const fieldIds = {
  kind: 'change-kind',
  addressLine1: 'address-line-1',
  addressLine2: 'address-line-2',
  city: 'address-city',
  state: 'address-state',
  zip: 'address-zip',
  phone: 'change-phone',
  email: 'change-email',
  employerName: 'employer-name',
  employerAddress: 'employer-address',
} as const;

type FieldName = Exclude<keyof typeof fieldIds, 'kind'>;

export const fieldsOfKind: Record<ChangeRequestKind, readonly FieldName[]> = {
  address: ['addressLine1', 'addressLine2', 'city', 'state', 'zip'],
  phone: ['phone'],
  email: ['email'],
  employer: ['employerName', 'employerAddress'],
};

const isKind = (value: string): value is ChangeRequestKind =>
  (changeKinds as readonly string[]).includes(value);
const isField = (value: string): value is FieldName => value in fieldIds && value !== 'kind';

/** Where a server field error lands on this form. */
export function changeFieldId(field: string): string | undefined {
  return isField(field) ? fieldIds[field] : undefined;
}

export function validateChangeRequest(
  kind: string,
  form: FormData,
): { errors: FieldError[]; request?: ChangeRequestInput } {
  if (!isKind(kind))
    return {
      errors: [{ fieldId: radioOptionId(fieldIds.kind, 'address'), messageKey: 'provideInfo:errors.kind' }],
    };
  const values: Record<string, string> = { kind };
  for (const field of fieldsOfKind[kind]) {
    const value = form.get(field);
    if (typeof value === 'string' && value.trim() !== '') values[field] = value;
    else if (field !== 'addressLine2' && field !== 'employerAddress') values[field] = '';
  }
  const parsed = ChangeRequestInput.safeParse(values);
  if (parsed.success) return { errors: [], request: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!isField(field) || errors.some((error) => error.fieldId === fieldIds[field])) continue;
    const empty = values[field] === '';
    errors.push({
      fieldId: fieldIds[field],
      messageKey: `provideInfo:errors.${field}.${empty ? 'required' : 'invalid'}`,
    });
  }
  return { errors };
}
