// argon2 is the one deliberately expensive thing the API does for anonymous callers (sign-in,
// registration, recovery). Unbounded, a burst queues verifications in libuv's pool until every
// request times out; bounded, the excess is refused at once with 503 + Retry-After and counted
// (policy argon2Queue; metrics argon2_operations_waiting and argon2_refused_total, lib/metrics.ts).
import { DomainError } from '../lib/errors.ts';

export const argon2Busy = () =>
  new DomainError('SERVICE_UNAVAILABLE', 503, 'The service is busy. Please try again in a moment.', {
    headers: { 'retry-after': '2' },
  });

// Per process, across every gate (the metrics endpoint reports them, lib/metrics.ts).
const stats = { waiting: 0, refused: 0 };

/** Operations waiting for a slot now, and operations refused (503) since start, in this process. */
export const argon2GateStats = (): Readonly<typeof stats> => ({ ...stats });

export type Argon2Gate = <T>(work: () => Promise<T>) => Promise<T>;

export function createArgon2Gate(limits: { concurrency: number; maxWaiting: number }): Argon2Gate {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) stats.waiting -= 1;
    if (next) next();
    else running -= 1;
  };
  return async (work) => {
    if (running < limits.concurrency) running += 1;
    else if (waiting.length < limits.maxWaiting) {
      // The slot passes straight from the finishing operation to this one (running stays the same).
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        stats.waiting += 1;
      });
    } else {
      stats.refused += 1;
      throw argon2Busy();
    }
    try {
      return await work();
    } finally {
      release();
    }
  };
}
