// Idle timeout (docs/product.md §5): a session ends after `idleMs` without activity, with a warning for the
// last `warningMs`. Pure, so the figures are tested without timers. Each app passes its policy
// (the portal from the contracts' defaults, the console from the staff session's own figures).

export type IdlePolicy = { idleMs: number; warningMs: number };

export type IdlePhase =
  { phase: 'active' } | { phase: 'warning'; remainingMs: number } | { phase: 'expired' };

/** A policy from the minutes the API and the contracts speak in. */
export function idlePolicyFromMinutes(idleMinutes: number, warningMinutes: number): IdlePolicy {
  return { idleMs: idleMinutes * 60_000, warningMs: warningMinutes * 60_000 };
}

export function idlePhase(now: number, lastActivity: number, policy: IdlePolicy): IdlePhase {
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

/** "1:05" for the visible countdown. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
