import { LookupReason } from '@cos/contracts';
import { radioOptionId, type FieldError } from '@cos/ui';
import type { AccountSearch } from '../api/search-accounts.ts';

export const lookupReasons = LookupReason.options;

// Element ids, shared by labels and the error summary's links.
export const lookupFieldIds = {
  q: 'lookup-q',
  reason: 'lookup-reason',
  reasonFirst: radioOptionId('lookup-reason', 'caller-verified'),
  reasonText: 'lookup-reason-text',
} as const;

export type LookupValues = { q: string; reason: string; reasonText: string };

/** The wire's field names (AccountSearchQuery) → this form's elements. */
export function lookupFieldId(field: string): string | undefined {
  if (field === 'q') return lookupFieldIds.q;
  if (field === 'reason') return lookupFieldIds.reasonFirst;
  if (field === 'reasonText') return lookupFieldIds.reasonText;
  return undefined;
}

const isReason = (value: string): value is LookupReason =>
  (lookupReasons as readonly string[]).includes(value);

/**
 * Every problem at once, in form order: something to search for, and why (required: the reason
 * goes into the audit trail with the search). A full SSN is refused here too, so it never travels
 * in a URL; the API refuses it as well.
 */
export function validateLookup(values: LookupValues): { errors: FieldError[]; search: AccountSearch | null } {
  const errors: FieldError[] = [];
  const q = values.q.trim().replace(/\s+/g, ' ');
  if (q.length < 2) errors.push({ fieldId: lookupFieldIds.q, messageKey: 'lookup:errors.queryRequired' });
  else if (/^\d{3}-?\d{2}-?\d{4}$/.test(q))
    errors.push({ fieldId: lookupFieldIds.q, messageKey: 'lookup:errors.fullSsn' });
  const reasonText = values.reasonText.trim();
  if (!isReason(values.reason))
    errors.push({ fieldId: lookupFieldIds.reasonFirst, messageKey: 'lookup:errors.reasonRequired' });
  else if (values.reason === 'other' && !reasonText)
    errors.push({ fieldId: lookupFieldIds.reasonText, messageKey: 'lookup:errors.reasonTextRequired' });
  if (errors.length > 0 || !isReason(values.reason)) return { errors, search: null };
  return {
    errors,
    search: { q, reason: values.reason, ...(values.reason === 'other' ? { reasonText } : {}) },
  };
}
