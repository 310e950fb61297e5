import { z } from 'zod';

// The audit page's filters live in the URL (ids, an action name and dates: no customer data), so a
// filtered view can be bookmarked or linked to ("who viewed this account").
export type AuditFilters = {
  actorId?: string;
  accountId?: string;
  action?: string;
  from?: string;
  to?: string;
};

export const auditFilterKeys = ['actorId', 'accountId', 'action', 'from', 'to'] as const;

export const auditFieldIds = {
  actorId: 'audit-actor',
  accountId: 'audit-account',
  action: 'audit-action',
  from: 'audit-from',
  to: 'audit-to',
} as const;

/** The actions a supervisor filters by most, in the order of the list. */
export const auditActions = [
  'staff_search',
  'staff_account_view',
  'staff_unlock',
  'staff_recovery_lock_lifted',
  'staff_sessions_revoked',
  'staff_note_added',
  'staff_ssn_reveal',
  'staff_audit_read',
  'staff_access_denied',
  'staff_sign_in',
  'staff_user_created',
  'staff_user_disabled',
  'staff_user_reset',
  'sign_in',
  'account_locked',
  'password_changed',
  'recovery_start',
  'recovery_answer',
  'recovery_locked',
  'temporary_password_issued',
  'session_revoked',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_]{2,64}$/;

/** The filters from the URL, keeping only well-formed values (a bad one is dropped, not sent). */
export function readAuditFilters(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  const actorId = search.get('actorId')?.trim();
  const accountId = search.get('accountId')?.trim();
  const action = search.get('action')?.trim();
  const from = search.get('from')?.trim();
  const to = search.get('to')?.trim();
  if (actorId && actorId.length <= 64) filters.actorId = actorId;
  if (accountId && UUID.test(accountId)) filters.accountId = accountId.toLowerCase();
  if (action && ACTION.test(action)) filters.action = action;
  if (from && DAY.test(from)) filters.from = from;
  if (to && DAY.test(to)) filters.to = to;
  return filters;
}

const OPTIONAL_DAY = /^(\d{4}-\d{2}-\d{2})?$/;
const OPTIONAL_UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i;

/** What the form holds, checked before anything is applied; the output keeps only the filled filters. */
export const AuditFilterValues = z
  .object({
    actorId: z.string().trim().max(64),
    accountId: z.string().trim().regex(OPTIONAL_UUID),
    action: z.string(),
    from: z.string().trim().regex(OPTIONAL_DAY),
    to: z.string().trim().regex(OPTIONAL_DAY),
  })
  .superRefine(({ from, to }, context) => {
    if (DAY.test(from) && DAY.test(to) && to < from)
      context.addIssue({ code: 'custom', path: ['to'], message: 'The range ends before it starts.' });
  })
  .transform((values) => {
    const filters: AuditFilters = {};
    for (const key of auditFilterKeys) if (values[key]) filters[key] = values[key];
    return filters;
  });

export const auditFilterMessages = {
  actorId: 'audit:errors.actorId',
  accountId: 'audit:errors.accountId',
  from: 'audit:errors.date',
  to: { invalid_format: 'audit:errors.date', custom: 'audit:errors.range' },
};

/** The form's boxes for the filters applied now ('' for those not set). */
export function auditFilterValues(filters: AuditFilters) {
  return {
    actorId: filters.actorId ?? '',
    accountId: filters.accountId ?? '',
    action: filters.action ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  };
}
