// Idle timeout (SPEC.md §5): 15 minutes without activity ends the session, with a warning for the
// last 2. Pure, so the figures are tested without timers.
import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';

export const idlePolicy = {
  idleMs: SECURITY_POLICY_DEFAULTS.session.idleMinutes * 60_000,
  warningMs: SECURITY_POLICY_DEFAULTS.session.idleWarningMinutes * 60_000,
} as const;

export type IdlePhase = { phase: 'active' } | { phase: 'warning'; remainingMs: number } | { phase: 'expired' };

export function idlePhase(now: number, lastActivity: number, policy: { idleMs: number; warningMs: number } = idlePolicy): IdlePhase {
  const remainingMs = policy.idleMs - (now - lastActivity);
  if (remainingMs <= 0) return { phase: 'expired' };
  if (remainingMs <= policy.warningMs) return { phase: 'warning', remainingMs };
  return { phase: 'active' };
}

/**
 * What a screen reader hears while the warning is open: the countdown is announced at whole
 * minutes and at 30 and 10 seconds, not every second (which would drown everything else).
 */
export function announcedSeconds(remainingMs: number): number {
  const seconds = Math.ceil(remainingMs / 1000);
  if (seconds > 60) return Math.ceil(seconds / 60) * 60;
  if (seconds > 30) return 60;
  if (seconds > 10) return 30;
  return 10;
}
