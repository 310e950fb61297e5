// API answers are personal by default: nothing is cached unless a route says otherwise (public
// notices, for example, set their own Cache-Control). SPEC.md §5: no-store on authenticated responses.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const noStoreByDefault = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'no-store' },
);
