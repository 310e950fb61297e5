// Sheds load before the process falls over: when the event loop stalls or memory runs out, new
// requests get 503 with Retry-After in the uniform error body instead of timing out.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const loadShedding = fp(
  async (app: FastifyInstance) => {
    await app.register(underPressure, {
      maxEventLoopDelay: 1000,
      maxEventLoopUtilization: 0.98,
      retryAfter: 10,
      pressureHandler: (request, reply) => {
        reply
          .code(503)
          .header('retry-after', '10')
          // The uniform error body, whatever the route's own response schema says (/api/ready's
          // 503 schema is its own body): through the schema serializer it became a 500.
          .serializer((payload: unknown) => JSON.stringify(payload))
          .type('application/json; charset=utf-8')
          .send({
            error: {
              code: 'SERVICE_UNAVAILABLE',
              message: 'The service is busy. Please try again shortly.',
              requestId: request.id,
            },
          });
      },
    });
  },
  { name: 'load-shedding' },
);
