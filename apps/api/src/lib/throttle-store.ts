// The per-IP throttle's counters in PostgreSQL, so every API instance counts against one
// allowance: behind a balancer, 20 guesses a minute means 20 in total, not 20 per instance.
// One atomic upsert per hit (INSERT … ON CONFLICT DO UPDATE) counts it, or starts a new window when
// the old one has ended; two instances hitting one key at once are serialised by the row lock.
// Rows whose window ended more than a minute ago are deleted now and then by whichever instance
// counts next. Time comes from the injected clock, so tests move it instead of sleeping.
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type pg from 'pg';
import type { Clock } from './clock.ts';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

type RouteOptions = Parameters<FastifyRateLimitStore['child']>[0];

const CLEANUP_EVERY_MS = 60_000;

const COUNT_HIT = `
  INSERT INTO ip_throttle_counters AS counter (key, hits, window_ends_at) VALUES ($1, 1, $3)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN counter.window_ends_at <= $2 THEN 1 ELSE counter.hits + 1 END,
    window_ends_at = CASE WHEN counter.window_ends_at <= $2 THEN EXCLUDED.window_ends_at
                          ELSE counter.window_ends_at END
  RETURNING hits, window_ends_at`;

/**
 * A store class for @fastify/rate-limit's `store` option (it calls `new Store(options)` once and
 * `child()` per route, so each route counts separately, as with its memory store).
 */
export function postgresThrottleStore(deps: { pool: pg.Pool; clock: Clock }) {
  const { pool, clock } = deps;
  let lastCleanup = 0;

  const cleanUp = (now: Date) => {
    if (now.getTime() - lastCleanup < CLEANUP_EVERY_MS) return;
    lastCleanup = now.getTime();
    const cutoff = new Date(now.getTime() - CLEANUP_EVERY_MS);
    // Housekeeping: a failure here must not fail the request being counted.
    pool.query('DELETE FROM ip_throttle_counters WHERE window_ends_at < $1', [cutoff]).catch(() => undefined);
  };

  return class PostgresThrottleStore implements FastifyRateLimitStore {
    readonly prefix: string;

    // The plugin passes its options object to the root store; children get their route prefix.
    constructor(prefix?: unknown) {
      this.prefix = typeof prefix === 'string' ? prefix : '';
    }

    incr(key: string, callback: Callback, timeWindow: number, _max?: number): void {
      const now = clock.now();
      const windowEnds = new Date(now.getTime() + timeWindow);
      pool
        .query<{ hits: number; window_ends_at: Date }>(COUNT_HIT, [this.prefix + key, now, windowEnds])
        .then(
          (result) => {
            const row = result.rows[0]!;
            cleanUp(now);
            callback(null, {
              current: row.hits,
              ttl: Math.max(0, row.window_ends_at.getTime() - now.getTime()),
            });
          },
          (error: Error) => callback(error),
        );
    }

    read(key: string, callback: Callback, _timeWindow?: number, _max?: number): void {
      const now = clock.now();
      pool
        .query<{ hits: number; window_ends_at: Date }>(
          'SELECT hits, window_ends_at FROM ip_throttle_counters WHERE key = $1 AND window_ends_at > $2',
          [this.prefix + key, now],
        )
        .then(
          (result) => {
            const row = result.rows[0];
            callback(
              null,
              row
                ? { current: row.hits, ttl: row.window_ends_at.getTime() - now.getTime() }
                : { current: 0, ttl: 0 },
            );
          },
          (error: Error) => callback(error),
        );
    }

    child(routeOptions: RouteOptions): FastifyRateLimitStore {
      // At run time the plugin passes its merged options with the route under `routeInfo` (its
      // RedisStore reads it the same way); the declared type is the route's options.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? {};
      const method = String(route.method ?? '');
      const url = String(route.url ?? '');
      return new PostgresThrottleStore(`${this.prefix}${method}${url}-`);
    }
  };
}
