// A fixed arrival rate, evenly spaced: an open-loop load (each request is sent on its schedule
// whether or not earlier ones have answered, as many parents' phones would). Written here because
// autocannon's `overallRate` cannot do it: each connection sends its per-second quota back to back
// and then idles until the next second (autocannon 8, lib/httpClient.js), so "500 requests/s"
// arrive as a burst at the top of every second and the percentiles measure the burst.
import { Agent, request } from 'node:http';
import { percentile, type LoadResult } from './autocannon.ts';

export interface FixedRateOptions {
  url: string;
  /** Requests per second, spread evenly over each second. */
  rate: number;
  seconds: number;
  /** The path and headers of the n-th request. */
  next: () => { path: string; headers: Record<string, string> };
}

export async function fixedRate({ url, rate, seconds, next }: FixedRateOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const send = () => {
    const { path, headers } = next();
    const started = performance.now();
    const done = new Promise<void>((resolve) => {
      const call = request({ hostname, port, path, headers, agent }, (response) => {
        response.resume();
        response.on('end', () => {
          times.push(performance.now() - started);
          if ((response.statusCode ?? 0) >= 300) non2xx += 1;
          resolve();
        });
      });
      call.on('error', () => {
        errors += 1;
        resolve();
      });
      call.end();
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  const start = performance.now();
  const total = rate * seconds;
  let sent = 0;
  while (sent < total) {
    // Catch up to the schedule (a timer fires late by a millisecond or so), then wait for the next slot.
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    while (sent < due) {
      send();
      sent += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requestsPerSecond: Math.round(times.length / elapsed),
    p50: Math.round(percentile(times, 0.5)),
    p95: Math.round(percentile(times, 0.95)),
    p99: Math.round(percentile(times, 0.99)),
    non2xx,
    errors,
    total: times.length,
  };
}
