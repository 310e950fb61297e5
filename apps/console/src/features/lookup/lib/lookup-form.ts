import { AccountSearchQuery, LookupReason } from '@cos/contracts';
import { radioOptionId } from '@cos/ui';
import { z } from 'zod';

export const lookupReasons = LookupReason.options;

// Element ids, shared by labels and the error summary's links.
export const lookupFieldIds = {
  q: 'lookup-q',
  reason: 'lookup-reason',
  reasonFirst: radioOptionId('lookup-reason', 'caller-verified'),
  reasonText: 'lookup-reason-text',
} as const;

/** The wire's field names (AccountSearchQuery) → this form's elements. */
export function lookupFieldId(field: string): string | undefined {
  if (field === 'q') return lookupFieldIds.q;
  if (field === 'reason') return lookupFieldIds.reasonFirst;
  if (field === 'reasonText') return lookupFieldIds.reasonText;
  return undefined;
}

const FULL_SSN = /^\d{3}-?\d{2}-?\d{4}$/;

/**
 * The search form: the API's query (AccountSearchQuery) without paging, and one rule more — a full
 * SSN is refused here, so it never travels in a URL (the API refuses it as well). The reason goes
 * into the audit trail with the search; its few words only when it is "other".
 */
export const LookupValues = z
  .object({
    q: AccountSearchQuery.shape.q
      .transform((q) => q.replace(/\s+/g, ' '))
      .refine((q) => !FULL_SSN.test(q), 'Do not search by a full SSN.'),
    // A string in the form (nothing chosen yet is ''), one of the reasons on the wire.
    reason: z.string().pipe(LookupReason),
    reasonText: z.string().trim().max(200),
  })
  .superRefine((values, context) => {
    if (values.reason === 'other' && !values.reasonText)
      context.addIssue({ code: 'custom', path: ['reasonText'], message: 'Say briefly why you are looking.' });
  })
  .transform(({ q, reason, reasonText }) => ({ q, reason, ...(reason === 'other' ? { reasonText } : {}) }));

export const lookupMessages = {
  q: { custom: 'lookup:errors.fullSsn', default: 'lookup:errors.queryRequired' },
  reason: 'lookup:errors.reasonRequired',
  reasonText: 'lookup:errors.reasonTextRequired',
};

export const lookupIds = {
  q: lookupFieldIds.q,
  reason: lookupFieldIds.reasonFirst,
  reasonText: lookupFieldIds.reasonText,
};
