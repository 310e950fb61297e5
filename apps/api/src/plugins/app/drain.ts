// Shutdown in two steps behind a load balancer. Closing the listening socket at once resets the
// connections the kernel had already accepted for us, and the balancer cannot resend a POST it had
// already written on one (nginx answers such a request 502). So on SIGTERM the server first drains
// (server.ts, SHUTDOWN_DRAIN_MS): requests in flight finish, every new one — /api/ready included —
// is answered 503 with Retry-After and `Connection: close`, which tells the balancer to take this
// instance out (nginx: proxy_next_upstream http_503 retries an idempotent request on another
// instance and marks this one failed; an orchestrator's readiness probe fails). Only then does
// app.close() stop listening. /api/health (liveness) keeps answering, so nothing kills the process
// early.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts answering new requests 503 (see above); the caller closes the app afterwards. */
    startDrain(): void;
    readonly draining: boolean;
  }
}

export const drain = fp(
  async (app: FastifyInstance) => {
    let draining = false;
    app.decorate('startDrain', () => {
      draining = true;
    });
    app.decorate('draining', {
      getter: () => draining,
    });
    app.addHook('onRequest', async (request, reply) => {
      // Liveness stays up; readiness answers 503 itself, in its own shape (health.routes.ts).
      if (!draining || request.url === '/api/health' || request.url === '/api/ready') return;
      return reply
        .code(503)
        .header('retry-after', '2')
        .header('connection', 'close')
        .send({
          error: {
            code: 'SERVICE_UNAVAILABLE',
            message: 'The service is restarting. Please try again in a moment.',
            requestId: request.id,
          },
        });
    });
  },
  { name: 'drain' },
);
