// Steady load through the balancer: `rate` requests a second, nineteen reads to one write, for at least
// `minMs` and until `during` (the restarts) has finished. Reads are GETs the balancer may retry;
// writes are card payments, each with its own Idempotency-Key: a write answered with anything but
// 201 (a 503 from an instance shutting down) is sent again with the same key, as the portal does,
// and afterwards every key is read back — exactly one payment per key, none lost, none doubled.
import { randomUUID } from 'node:crypto';
import { type Answer, call } from './http.ts';

export interface LoadFigures {
  durationMs: number;
  sent: number;
  achievedRate: number;
  reads: { total: number; failed: number; statuses: Record<string, number> };
  writes: {
    total: number;
    /** First answers other than 201, by status (0 = connection error), each then retried. */
    retriedStatuses: Record<string, number>;
    /** Keys that never got a 201 after every retry. */
    failed: number;
  };
  /** 5xx answers by status, reads and first write attempts together. */
  serverErrors: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number };
  byUpstream: Record<string, number>;
  /** Idempotency keys that ended in 201, with their confirmation numbers. */
  confirmed: Map<string, string>;
}

const READS = ['/api/v1/cases', '/api/v1/features', '/api/v1/me', '/api/v1/documents'];

export async function steadyLoad(options: {
  port: number;
  token: string;
  caseNumber: string;
  rate: number;
  minMs: number;
  during: () => Promise<unknown>;
}): Promise<LoadFigures> {
  const { port, token, caseNumber, rate } = options;
  const latencies: number[] = [];
  const figures: LoadFigures = {
    durationMs: 0,
    sent: 0,
    achievedRate: 0,
    reads: { total: 0, failed: 0, statuses: {} },
    writes: { total: 0, retriedStatuses: {}, failed: 0 },
    serverErrors: {},
    latencyMs: { p50: 0, p99: 0, max: 0 },
    byUpstream: {},
    confirmed: new Map(),
  };
  const bump = (record: Record<string, number>, key: string | number) => {
    record[String(key)] = (record[String(key)] ?? 0) + 1;
  };
  const seen = (answer: Answer) => {
    latencies.push(answer.ms);
    if (answer.upstream) bump(figures.byUpstream, answer.upstream);
    if (answer.status >= 500) bump(figures.serverErrors, answer.status);
  };

  async function read(path: string) {
    figures.reads.total += 1;
    const answer = await call(port, { path, token }).catch(() => null);
    if (answer) seen(answer);
    const status = answer?.status ?? 0;
    bump(figures.reads.statuses, status);
    if (status < 200 || status >= 400) figures.reads.failed += 1;
  }

  async function write() {
    figures.writes.total += 1;
    const key = randomUUID();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const answer = await call(port, {
        method: 'POST',
        path: '/api/v1/payments',
        token,
        headers: { 'idempotency-key': key },
        json: {
          caseNumber,
          amountCents: 100,
          cardNumber: '4111111111111111',
          expiry: '12/30',
          cvv: '123',
          zip: '30301',
        },
      }).catch(() => null);
      if (answer) seen(answer);
      if (answer?.status === 201) {
        figures.confirmed.set(
          key,
          (JSON.parse(answer.body.toString()) as { confirmationNumber: string }).confirmationNumber,
        );
        return;
      }
      bump(figures.writes.retriedStatuses, answer?.status ?? 0);
      await new Promise((done) => setTimeout(done, 250 * attempt));
    }
    figures.writes.failed += 1;
  }

  const inFlight = new Set<Promise<void>>();
  let finished = false;
  const during = options
    .during()
    .catch((error: unknown) => {
      throw error;
    })
    .finally(() => {
      finished = true;
    });
  const started = Date.now();
  while (!finished || Date.now() - started < options.minMs) {
    const due = Math.floor(((Date.now() - started) * rate) / 1000) - figures.sent;
    for (let i = 0; i < due; i += 1) {
      const n = figures.sent;
      figures.sent += 1;
      const work = n % 20 === 19 ? write() : read(READS[n % READS.length]!);
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
    await new Promise((done) => setTimeout(done, 5));
  }
  figures.durationMs = Date.now() - started;
  await Promise.all(inFlight);
  await during;
  figures.achievedRate = Math.round((figures.sent / figures.durationMs) * 1000);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  figures.latencyMs = { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 };
  return figures;
}
