// Contact center console: account lookup, the account view and the actions on an account
// (docs/product.md §6, §8). Every answer is masked by construction: MaskedSsn, birth year only, masked
// email and phone. Only reveal-ssn returns a full SSN, to a supervisor, for one view, audited.
import { z } from 'zod';
import { MaskedSsn } from './common.ts';
import { PendingDirectDepositChange } from './direct-deposit.ts';

export const LookupReason = z
  .enum(['caller-verified', 'callback', 'case-work', 'other'])
  .describe('Why the staff member is looking; recorded with the search');
export type LookupReason = z.infer<typeof LookupReason>;

export const AccountSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(2, 'Enter at least 2 characters.')
      .max(100, 'Use at most 100 characters.')
      .describe(
        'User ID · 10-digit case number · "last, first" or "last first" · SSN last 4 + date of birth ("1234 1986-02-14" or "1234 02/14/1986") · phone',
      ),
    reason: LookupReason,
    reasonText: z
      .string()
      .trim()
      .max(200, 'Use at most 200 characters.')
      .optional()
      .describe('Required when reason is "other"'),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .superRefine((query, context) => {
    if (query.reason === 'other' && !query.reasonText) {
      context.addIssue({ code: 'custom', path: ['reasonText'], message: 'Say briefly why you are looking.' });
    }
  });
export type AccountSearchQuery = z.infer<typeof AccountSearchQuery>;

export const SearchForm = z.enum(['user_id', 'case_number', 'name', 'ssn_dob', 'phone']);
export type SearchForm = z.infer<typeof SearchForm>;

export const BadgeKind = z.enum([
  'active',
  'locked',
  'temporary_password',
  'must_change_password',
  'recovery_locked',
  'disabled',
]);
export const AccountBadge = z.object({
  kind: BadgeKind,
  label: z.string().describe('Plain words, e.g. "Locked until 3:15 PM"'),
  until: z.iso.datetime().nullable(),
});
export type AccountBadge = z.infer<typeof AccountBadge>;

const MaskedEmail = z.string().describe('e.g. c•••@example.com');
const MaskedPhone = z
  .string()
  .regex(/^•••-•••-\d{4}$/)
  .describe('e.g. •••-•••-0134');

export const CaseRole = z.object({
  caseNumber: z.string(),
  role: z.enum(['custodial', 'non_custodial']),
  status: z.enum(['open', 'closed', 'suspended']),
  county: z.string(),
});

export const AccountSearchItem = z.object({
  accountId: z.string(),
  userId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  ssn: MaskedSsn,
  birthYear: z.int().describe('The date of birth is never shown whole'),
  email: MaskedEmail.nullable(),
  phone: MaskedPhone.nullable(),
  badges: z.array(AccountBadge),
  cases: z.array(CaseRole),
  matchedOn: SearchForm,
  score: z.number().describe('Higher is a better match; items are ranked by it'),
});
export type AccountSearchItem = z.infer<typeof AccountSearchItem>;

export const AccountSearchPage = z.object({
  items: z.array(AccountSearchItem),
  nextCursor: z.string().nullable(),
  searchedBy: z
    .array(SearchForm)
    .describe('How the box was understood, e.g. ["case_number", "phone"] for 10 digits'),
});
export type AccountSearchPage = z.infer<typeof AccountSearchPage>;

export const AccountIdParams = z.object({ id: z.uuid('Not an account id.') });

export const SecurityEventItem = z.object({
  occurredAt: z.iso.datetime(),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  description: z.string().describe('Plain words, e.g. "Failed sign-in: wrong password"'),
  ip: z.string().nullable(),
});

export const StaffNoteItem = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  author: z.object({ id: z.string(), displayName: z.string() }),
});
export type StaffNoteItem = z.infer<typeof StaffNoteItem>;

export const AccountView = z.object({
  accountId: z.string(),
  userId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  ssn: MaskedSsn,
  birthYear: z.int(),
  email: MaskedEmail.nullable(),
  phone: MaskedPhone.nullable(),
  badges: z.array(AccountBadge),
  failedSignInCount: z.int().describe('Failures in the current 15-minute window'),
  lockedUntil: z.iso.datetime().nullable(),
  recoveryLockedUntil: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
  registeredAt: z.iso.datetime(),
  passwordChangedAt: z.iso.datetime(),
  activeSessions: z.int(),
  securityEvents: z.array(SecurityEventItem).describe('The last 20, newest first'),
  cases: z.array(CaseRole),
  securityQuestions: z
    .array(z.object({ questionId: z.int(), text: z.string() }))
    .describe('The questions chosen; never the answers'),
  notes: z.array(StaffNoteItem).describe('Newest first'),
  pendingDirectDepositChange: PendingDirectDepositChange.nullable().describe(
    'A Direct Deposit change the parent made that has not taken effect yet (cooling-off)',
  ),
});
export type AccountView = z.infer<typeof AccountView>;

/** Every action on an account says why (recorded in the audit trail). */
export const StaffActionRequest = z.object({
  reason: z
    .string()
    .trim()
    .min(3, 'Say briefly why (at least 3 characters).')
    .max(500, 'Use at most 500 characters.'),
});
export type StaffActionRequest = z.infer<typeof StaffActionRequest>;

export const StaffActionResult = z.object({
  ok: z.literal(true),
  changed: z.boolean().describe('False when there was nothing to do (e.g. not locked)'),
  badges: z.array(AccountBadge).describe('The account status after the action'),
});
export type StaffActionResult = z.infer<typeof StaffActionResult>;

export const RevokeSessionsResult = StaffActionResult.extend({ sessionsRevoked: z.int() });
export type RevokeSessionsResult = z.infer<typeof RevokeSessionsResult>;

export const AddNoteRequest = z.object({
  body: z.string().trim().min(1, 'Write the note.').max(2000, 'Use at most 2000 characters.'),
});
export type AddNoteRequest = z.infer<typeof AddNoteRequest>;

export const RevealSsnResponse = z.object({
  ssn: z
    .string()
    .regex(/^\d{3}-\d{2}-\d{4}$/)
    .describe('Show once; never store or log it'),
});
export type RevealSsnResponse = z.infer<typeof RevealSsnResponse>;
