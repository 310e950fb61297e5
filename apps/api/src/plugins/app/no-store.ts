// API answers are personal by default: nothing is cached unless a route says otherwise (public
// notices, for example, set their own Cache-Control). docs/product.md §5: no-store on authenticated responses.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const noStoreByDefault = fp(
  async (app: FastifyInstance) => {
    // Set before the handler runs, so a route that may be cached simply overrides it.
    app.addHook('onRequest', (request, reply, done) => {
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
      done();
    });
  },
  { name: 'no-store' },
);
