// Prometheus metrics (prom-client) on a listener of their own: request rates and latencies by
// route, the database pool, event-loop lag (prom-client's default process metrics), the argon2
// queue and the outbox backlog. The listener is separate from the public port and binds to
// 127.0.0.1 unless METRICS_HOST says otherwise, so the internet never sees it (README.md, "Run in
// production").
import { jobsFailedTotal } from './job-metrics.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@cos/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** One answered request: its method, its route pattern (never the raw URL) and status. */
  observeRequest(labels: { method: string; route: string; statusCode: number }, seconds: number): void;
}

export interface MetricsOptions {
  db: Pick<Db, 'pool'>;
  /** argon2 operations started and not finished (@cos/security argon2InFlight). */
  argon2InFlight: () => number;
  /** The bounded argon2 queue (identity/argon2-gate.ts): waiting now, refused with 503 since start. */
  argon2Gate?: () => { waiting: number; refused: number };
  /** The outbox count is a query: taken at most this often, scrapes in between reuse it. */
  outboxSampleMs?: number;
  now?: () => number;
}

export function createMetrics(options: MetricsOptions): Metrics {
  const { db, argon2InFlight, argon2Gate, outboxSampleMs = 10_000, now = Date.now } = options;
  const registry = new Registry();
  // Event-loop lag (nodejs_eventloop_lag_*), heap, GC, open handles, CPU.
  collectDefaultMetrics({ register: registry });
  registry.registerMetric(jobsFailedTotal);

  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections: total open, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, db.pool.totalCount);
      this.set({ state: 'idle' }, db.pool.idleCount);
      this.set({ state: 'waiting' }, db.pool.waitingCount);
    },
  });
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'The pool size limit (DB_POOL_MAX)',
    registers: [registry],
    collect() {
      this.set(db.pool.options.max ?? 0);
    },
  });

  new Gauge({
    name: 'argon2_operations_in_flight',
    help: 'argon2 hashes and verifications started and not finished (running or queued for a thread)',
    registers: [registry],
    collect() {
      this.set(argon2InFlight());
    },
  });

  if (argon2Gate) {
    new Gauge({
      name: 'argon2_operations_waiting',
      help: 'argon2 operations waiting for a slot in the bounded queue (policy argon2Queue)',
      registers: [registry],
      collect() {
        this.set(argon2Gate().waiting);
      },
    });
    new Counter({
      name: 'argon2_refused_total',
      help: 'argon2 operations refused with 503 because the bounded queue was full',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(argon2Gate().refused);
      },
    });
  }

  let outboxSampledAt = Number.NEGATIVE_INFINITY;
  let outboxBacklog: number | undefined;
  new Gauge({
    name: 'email_outbox_unsent',
    help: 'Emails in the outbox waiting to be sent, retries included (sampled; failed ones are not counted)',
    registers: [registry],
    async collect() {
      if (now() - outboxSampledAt >= outboxSampleMs) {
        outboxSampledAt = now();
        // A scrape must never hang on a slow database: a failed sample keeps the previous value.
        const result = await db.pool
          .query<{ unsent: string }>({
            text: "SELECT count(*) AS unsent FROM email_outbox WHERE status = 'pending'",
            query_timeout: 2_000,
          } as { text: string })
          .catch(() => undefined);
        if (result?.rows[0]) outboxBacklog = Number(result.rows[0].unsent);
      }
      if (outboxBacklog !== undefined) this.set(outboxBacklog);
    },
  });

  return {
    registry,
    observeRequest({ method, route, statusCode }, seconds) {
      requests.observe({ method, route, status_code: String(statusCode) }, seconds);
    },
  };
}

export interface MetricsServer {
  port: number;
  close: () => Promise<void>;
}

/** Serves GET /metrics (Prometheus text format) on its own port; anything else is a 404. */
export async function startMetricsServer(options: {
  registry: Registry;
  host: string;
  port: number;
}): Promise<MetricsServer> {
  const { registry } = options;
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
