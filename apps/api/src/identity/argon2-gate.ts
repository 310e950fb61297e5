// argon2 is the one deliberately expensive thing the API does for anonymous callers (sign-in,
// registration, recovery). Unbounded, a burst queues verifications in libuv's pool until every
// request times out; bounded, the excess is refused at once with 503 + Retry-After and counted
// (policy argon2Queue; metrics cos_argon2_waiting, cos_argon2_refused_total in prom-client's
// default registry, which the metrics endpoint exposes).
import { Counter, Gauge } from 'prom-client';
import { DomainError } from '../lib/errors.ts';

export const argon2Busy = () =>
  new DomainError('SERVICE_UNAVAILABLE', 503, 'The service is busy. Please try again in a moment.', {
    headers: { 'retry-after': '2' },
  });

function metric<T>(name: string, make: () => T, registry: Map<string, unknown>): T {
  // One instance per process, however many apps (tests build many) share prom-client's registry.
  const existing = registry.get(name) as T | undefined;
  if (existing) return existing;
  const made = make();
  registry.set(name, made);
  return made;
}
const metrics = new Map<string, unknown>();
const waitingGauge = () =>
  metric(
    'waiting',
    () => new Gauge({ name: 'cos_argon2_waiting', help: 'argon2 operations waiting for a worker' }),
    metrics,
  );
const refusedCounter = () =>
  metric(
    'refused',
    () =>
      new Counter({
        name: 'cos_argon2_refused_total',
        help: 'argon2 operations refused with 503 (queue full)',
      }),
    metrics,
  );

export type Argon2Gate = <T>(work: () => Promise<T>) => Promise<T>;

export function createArgon2Gate(limits: { concurrency: number; maxWaiting: number }): Argon2Gate {
  let running = 0;
  const waiting: Array<() => void> = [];
  const waitingNow = waitingGauge();
  const refused = refusedCounter();
  const release = () => {
    const next = waiting.shift();
    waitingNow.set(waiting.length);
    if (next) next();
    else running -= 1;
  };
  return async (work) => {
    if (running < limits.concurrency) running += 1;
    else if (waiting.length < limits.maxWaiting) {
      // The slot passes straight from the finishing operation to this one (running stays the same).
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        waitingNow.set(waiting.length);
      });
    } else {
      refused.inc();
      throw argon2Busy();
    }
    try {
      return await work();
    } finally {
      release();
    }
  };
}
