// Steady load through the balancer: `rate` requests a second, nineteen reads to one write, for at least
// `minMs` and until `during` (the restarts) has finished. The mix is what a signed-in parent's portal
// asks for — notices, the case list and detail, the payments page, their Contact / Customer Service
// requests — and costs no argon2 work: the parent signed in once, before the load. Reads are GETs
// the balancer may retry. Writes are Contact / Customer Service requests (`POST
// /api/v1/contact-requests`), each carrying its own marker in its text. nginx never resends a POST
// (docs/operations.md, "The balancer"), so a write answered with anything but 201 is made safe here:
// the client first looks for its marker in the parent's list, and only sends it again when it is
// not there. Afterwards every marker is read back — exactly one request per marker, none lost, none
// doubled (run.ts).
import { randomUUID } from 'node:crypto';
import { type Answer, call, json } from './http.ts';

export interface LoadFigures {
  durationMs: number;
  sent: number;
  achievedRate: number;
  reads: { total: number; failed: number; statuses: Record<string, number> };
  writes: {
    total: number;
    /** First answers other than 201, by status (0 = connection error or timeout). */
    firstAnswers: Record<string, number>;
    /** Writes answered otherwise but found in the parent's list: stored, not sent again. */
    foundAfterError: number;
    /** Writes sent again after their marker was not in the list. */
    resent: number;
    /** Markers never stored after every attempt. */
    failed: number;
  };
  /** 5xx answers by status, reads and write attempts together. */
  serverErrors: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number };
  byUpstream: Record<string, number>;
  /** Markers of the writes the client believes stored (201, or found in the list). */
  stored: Set<string>;
}

/** The marker a write carries in its message, unique per write; run.ts reads these back. */
export const markerPrefix = 'cluster-load';

// Each write leaves from its own loopback address, as parents' requests come from many networks:
// the contact form is behind the per-IP throttle (20 a minute), which a single test address would
// hit at ten writes a second. 200 addresses at ten writes a second: each sends one every 20 s.
const WRITE_ADDRESSES = 200;
const writeAddress = (n: number) => `127.0.10.${1 + (n % WRITE_ADDRESSES)}`;

export async function steadyLoad(options: {
  port: number;
  token: string;
  caseNumber: string;
  rate: number;
  minMs: number;
  during: () => Promise<unknown>;
}): Promise<LoadFigures> {
  const { port, token, caseNumber, rate } = options;
  const reads = [
    '/api/v1/notices',
    '/api/v1/cases',
    `/api/v1/cases/${caseNumber}`,
    `/api/v1/cases/${caseNumber}/payments`,
    '/api/v1/payments/options',
    '/api/v1/me',
    '/api/v1/features',
    '/api/v1/contact-requests',
  ];
  const latencies: number[] = [];
  const figures: LoadFigures = {
    durationMs: 0,
    sent: 0,
    achievedRate: 0,
    reads: { total: 0, failed: 0, statuses: {} },
    writes: { total: 0, firstAnswers: {}, foundAfterError: 0, resent: 0, failed: 0 },
    serverErrors: {},
    latencyMs: { p50: 0, p99: 0, max: 0 },
    byUpstream: {},
    stored: new Set(),
  };
  const bump = (record: Record<string, number>, key: string | number) => {
    record[String(key)] = (record[String(key)] ?? 0) + 1;
  };
  const seen = (answer: Answer) => {
    latencies.push(answer.ms);
    if (answer.upstream) bump(figures.byUpstream, answer.upstream);
    if (answer.status >= 500) bump(figures.serverErrors, answer.status);
  };
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

  async function read(path: string) {
    figures.reads.total += 1;
    const answer = await call(port, { path, token }).catch(() => null);
    if (answer) seen(answer);
    const status = answer?.status ?? 0;
    bump(figures.reads.statuses, status);
    if (status < 200 || status >= 400) figures.reads.failed += 1;
  }

  /** Whether the parent's list (newest 50) holds the marker; null when the list did not answer. */
  async function listed(marker: string): Promise<boolean | null> {
    const answer = await call(port, { path: '/api/v1/contact-requests', token }).catch(() => null);
    if (answer?.status !== 200) return null;
    return json<{ items: Array<{ message: string }> }>(answer).items.some((item) =>
      item.message.includes(marker),
    );
  }

  async function write(n: number) {
    figures.writes.total += 1;
    const marker = `${markerPrefix}-${randomUUID()}`;
    const from = writeAddress(n);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const answer = await call(port, {
        method: 'POST',
        path: '/api/v1/contact-requests',
        token,
        from,
        json: {
          name: 'Cluster Test',
          topic: 'other',
          message: `Load test request ${marker}`,
          useAccountEmail: true,
        },
      }).catch(() => null);
      if (answer) seen(answer);
      if (attempt === 1) bump(figures.writes.firstAnswers, answer?.status ?? 0);
      if (answer?.status === 201) {
        figures.stored.add(marker);
        return;
      }
      // Not confirmed: stored or not? Ask the list (a GET, retried by the balancer) before resending.
      await sleep(250 * attempt);
      let found: boolean | null = null;
      for (let look = 0; look < 5 && found === null; look += 1) {
        found = await listed(marker);
        if (found === null) await sleep(250);
      }
      if (found) {
        figures.writes.foundAfterError += 1;
        figures.stored.add(marker);
        return;
      }
      if (found === null) break;
      figures.writes.resent += 1;
    }
    figures.writes.failed += 1;
  }

  const inFlight = new Set<Promise<void>>();
  let finished = false;
  const during = options.during().finally(() => {
    finished = true;
  });
  // A failure in `during` is reported after the load has drained, not as an unhandled rejection.
  during.catch(() => undefined);
  const started = Date.now();
  let writesSent = 0;
  while (!finished || Date.now() - started < options.minMs) {
    const due = Math.floor(((Date.now() - started) * rate) / 1000) - figures.sent;
    for (let i = 0; i < due; i += 1) {
      const n = figures.sent;
      figures.sent += 1;
      const work = n % 20 === 19 ? write(writesSent++) : read(reads[n % reads.length]!);
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
    await sleep(5);
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
