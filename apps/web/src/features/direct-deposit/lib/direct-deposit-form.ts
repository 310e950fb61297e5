// The Direct Deposit form's checks, from the contract's schema: each problem becomes a message key
// of this page (the schema's own words are English; the page speaks English and Spanish).
import { UpdateDirectDepositRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export type DirectDepositValues = {
  routingNumber: string;
  accountNumber: string;
  accountNumberConfirmation: string;
  accountType: string;
};

export const fieldIds = {
  routingNumber: 'dd-routing-number',
  accountNumber: 'dd-account-number',
  accountNumberConfirmation: 'dd-account-number-confirmation',
  accountType: 'dd-account-type',
} as const;

export type DirectDepositField = keyof typeof fieldIds;

export const isDirectDepositField = (field: string): field is DirectDepositField =>
  Object.hasOwn(fieldIds, field);

function keyFor(field: DirectDepositField, values: DirectDepositValues): string {
  const value = values[field].trim();
  if (field === 'accountType') return 'directDeposit:errors.accountType';
  if (!value) return `directDeposit:errors.${field}Required`;
  if (field === 'routingNumber' && /^\d{9}$/.test(value)) return 'directDeposit:errors.routingNumberChecksum';
  if (field === 'accountNumberConfirmation') return 'directDeposit:errors.mismatch';
  return `directDeposit:errors.${field}`;
}

/** The request to send, or the problems to show (first problem per field, in form order). */
export function checkDirectDeposit(values: DirectDepositValues, radioId: (value: string) => string) {
  const parsed = UpdateDirectDepositRequest.safeParse(values);
  if (parsed.success) return { request: parsed.data, errors: [] as FieldError[] };
  const fields = new Set(
    parsed.error.issues.map((issue) => String(issue.path[0])).filter(isDirectDepositField),
  );
  const errors = (Object.keys(fieldIds) as DirectDepositField[])
    .filter((field) => fields.has(field))
    .map((field) => ({
      fieldId: field === 'accountType' ? radioId('checking') : fieldIds[field],
      messageKey: keyFor(field, values),
    }));
  return { request: null, errors };
}
