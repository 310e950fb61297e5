// Times every answered request into the metrics (lib/metrics.ts), labelled by the route pattern
// (`/api/v1/cases/:caseNumber`), never the raw URL: a URL can carry a case number, and one label
// value per case would swamp Prometheus.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Metrics } from '../../lib/metrics.ts';

export const requestMetrics = fp(
  async (app: FastifyInstance, options: { metrics: Metrics }) => {
    app.addHook('onResponse', async (request, reply) => {
      options.metrics.observeRequest(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          statusCode: reply.statusCode,
        },
        reply.elapsedTime / 1000,
      );
    });
  },
  { name: 'request-metrics' },
);
