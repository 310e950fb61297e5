// Per-IP throttle (docs/product.md §5) for the routes that take guesses: sign-in, registration, recovery.
// Not global: a route opts in with `config: { rateLimit: app.ipThrottle }`, and each such route
// counts separately. The key is request.ip, which believes X-Forwarded-For only from the proxies in
// TRUST_PROXY, so a client cannot get a fresh bucket by inventing the header. The counters live in
// PostgreSQL (lib/throttle-store.ts), shared by every API instance behind the balancer: counted in
// each process's memory, two instances would allow twice the guesses.
import rateLimit from '@fastify/rate-limit';
import type { SecurityPolicy } from '@cos/security';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../lib/errors.ts';
import { postgresThrottleStore } from '../../lib/throttle-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    ipThrottle: { max: number; timeWindow: number };
  }
}

export const rateLimits = fp(
  async (app: FastifyInstance, { policy }: { policy: SecurityPolicy }) => {
    await app.register(rateLimit, {
      global: false,
      store: postgresThrottleStore({ pool: app.db.pool, clock: app.clock }),
      // The plugin has already set Retry-After; the error handler writes the uniform body.
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return new DomainError(
          'RATE_LIMITED',
          429,
          `Too many attempts from your network. Please wait ${seconds} seconds and try again.`,
          {
            headers: { 'retry-after': String(seconds) },
          },
        );
      },
    });
    app.decorate('ipThrottle', {
      max: policy.ipThrottle.maxRequests,
      timeWindow: policy.ipThrottle.windowSeconds * 1000,
    });
  },
  { name: 'rate-limits', dependencies: ['database'] },
);
