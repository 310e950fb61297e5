// What the console shows of an account's state and identity: status badges in plain words, and
// the masked forms of PII (docs/product.md §5: SSN ***-**-1234; we also show only the birth year, the
// email as c•••@example.com and the phone as •••-•••-0134). Times read in the agency's time zone.
import type { AccountBadge, MaskedSsn } from '@cos/contracts';
import { MaskedSsn as MaskedSsnSchema } from '@cos/contracts';
import { maskSsn } from '@cos/security';
import { AGENCY_TIME_ZONE } from '../../../lib/agency-time.ts';

export { maskEmail } from '../../account/account.service.ts';

const timeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: AGENCY_TIME_ZONE,
  dateStyle: 'medium',
  timeStyle: 'short',
});

export const agencyTime = (date: Date) => `${timeFormat.format(date)} ET`;

export const maskedSsnOf = (last4: string): MaskedSsn => MaskedSsnSchema.parse(maskSsn(last4));

export const maskPhone = (phone: string | null): string | null =>
  phone && /\d{4}$/.test(phone) ? `•••-•••-${phone.slice(-4)}` : null;

export interface AccountState {
  status: 'active' | 'disabled';
  lockedUntil: Date | null;
  recoveryLockedUntil: Date | null;
  mustChangePassword: boolean;
  tempPasswordHash: string | null;
  tempPasswordExpiresAt: Date | null;
}

/** The status badges of an account at `now`, most pressing first. */
export function badgesOf(account: AccountState, now: Date): AccountBadge[] {
  const badges: AccountBadge[] = [];
  const live = (until: Date | null): until is Date => until !== null && until > now;
  if (account.status === 'disabled') badges.push({ kind: 'disabled', label: 'Disabled', until: null });
  if (live(account.lockedUntil)) {
    badges.push({
      kind: 'locked',
      label: `Locked until ${agencyTime(account.lockedUntil)}`,
      until: account.lockedUntil.toISOString(),
    });
  }
  if (live(account.recoveryLockedUntil)) {
    badges.push({
      kind: 'recovery_locked',
      label: `Recovery locked until ${agencyTime(account.recoveryLockedUntil)}`,
      until: account.recoveryLockedUntil.toISOString(),
    });
  }
  if (account.tempPasswordHash && live(account.tempPasswordExpiresAt)) {
    badges.push({
      kind: 'temporary_password',
      label: `Temporary password pending (expires ${agencyTime(account.tempPasswordExpiresAt)})`,
      until: account.tempPasswordExpiresAt.toISOString(),
    });
  }
  if (account.mustChangePassword)
    badges.push({ kind: 'must_change_password', label: 'Must change password', until: null });
  if (account.status === 'active' && !badges.some((b) => b.kind === 'locked'))
    badges.unshift({ kind: 'active', label: 'Active', until: null });
  return badges;
}

/** The columns badgesOf needs, for Prisma selects. */
export const accountStateSelect = {
  status: true,
  lockedUntil: true,
  recoveryLockedUntil: true,
  mustChangePassword: true,
  tempPasswordHash: true,
  tempPasswordExpiresAt: true,
} as const;
