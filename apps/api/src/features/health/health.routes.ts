// Liveness and readiness. /api/health answers while the process lives (even without a database);
// /api/ready answers 503 while the database cannot be reached, or while the instance drains before
// shutdown (plugins/app/drain.ts), so a load balancer stops sending.
import { ErrorBody, HealthResponse, ReadyResponse } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: { tags: ['health'], summary: 'The process is alive', response: { 200: HealthResponse } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The database is reachable',
        // 503 in the error shape too: load shedding (under-pressure) answers before this handler
        // runs, and a readiness answer that fails its own schema would be a 500.
        response: { 200: ReadyResponse, 503: z.union([ReadyResponse, ErrorBody]) },
      },
    },
    async (_request, reply) => {
      const up = await app.db.ping();
      if (app.draining) reply.code(503).header('retry-after', '2').header('connection', 'close');
      else if (!up) reply.code(503).header('retry-after', '5');
      return {
        status: up && !app.draining ? ('ready' as const) : ('unavailable' as const),
        database: up ? ('up' as const) : ('down' as const),
      };
    },
  );
};
