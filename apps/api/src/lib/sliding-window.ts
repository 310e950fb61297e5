// Per-account limits counted over a sliding window of rows in PostgreSQL (uploads, declined
// payments), by the injected clock, so every instance agrees and tests move the clock.

/** The start of a window of `windowMs` that ends now. */
export const windowStart = (now: Date, windowMs: number) => new Date(now.getTime() - windowMs);

/** Whole seconds (at least 1) until a row made at `oldest` leaves the window: the Retry-After. */
export function secondsUntilOutOfWindow(oldest: Date | null, windowMs: number, now: Date): number {
  const until = (oldest?.getTime() ?? now.getTime()) + windowMs - now.getTime();
  return Math.max(1, Math.ceil(until / 1000));
}
