// Case detail with its last 12 payments at scale: the page most parents open. Runs against the
// large generated data set (`pnpm data:generate --accounts 1000000` into DATA_DIR=.data/bench-1m),
// through the full API (bearer token checked and its session looked up on every request), many
// different parents and cases. Two figures (issue 17), after a warm-up:
//   - at a fixed arrival rate of 500 requests/s, evenly spaced (fixed-rate.ts), p99 < 25 ms;
//   - at 50 connections, throughput ≥ 70 % of the data floor measured in the same run: the same
//     two SQL statements (session check + detail) through a bare Fastify route with pg
//     (data-floor-server.ts), so the ratio is what the app adds over the database work.
// A bare route answering the same JSON body is measured too, for reference.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@cos/db';
import type autocannon from 'autocannon';
import { load, type LoadResult } from '../autocannon.ts';
import { fixedRate } from '../fixed-rate.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi, startBare, startDataFloor } from '../servers.ts';

/** The large generated data set the scale scenarios run on (case-detail, staff-search). */
export const DATA_DIR = process.env.BENCH_DATA_DIR ?? '.data/bench-1m';
export const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000_000);
export const root = join(import.meta.dirname, '..', '..', '..');
const PARENTS = 200;
const FIXED_RATE = 500;
const TARGET_P99_MS = 25;
const TARGET_FLOOR_PERCENT = 70;
const password = 'benchmark meadow lantern 77';

interface Target {
  token: string;
  caseNumber: string;
  /** The token's claims, for the data floor: its session family and account. */
  sid: string;
  sub: string;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function claimsOf(token: string): { sid: string; sub: string } {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
    sub: string;
  };
  return { sid: payload.sid, sub: payload.sub };
}

export const hasLargeDataSet = () => existsSync(join(root, DATA_DIR, 'pg', 'PG_VERSION'));

/** Round-robin over the targets, as the API (bearer token) or the floor (its claims) wants them. */
function roundRobin(
  targets: Target[],
  request: (target: Target) => { path: string; headers: Record<string, string> },
) {
  let next = 0;
  return [
    {
      setupRequest: (base: autocannon.Request): autocannon.Request => {
        const target = targets[next++ % targets.length]!;
        return { ...base, method: 'GET', ...request(target) };
      },
    },
  ];
}

const viaApi = (target: Target) => ({
  path: `/api/v1/cases/${target.caseNumber}`,
  headers: { authorization: `Bearer ${target.token}` },
});
const viaFloor = (target: Target) => ({
  path: `/floor/${target.caseNumber}`,
  headers: { 'x-sid': target.sid, 'x-account': target.sub },
});

export async function caseDetailScenario() {
  if (!hasLargeDataSet()) {
    throw new Error(
      `no generated data set in ${DATA_DIR}: run DATA_DIR=${DATA_DIR} pnpm data:generate --accounts 1000000`,
    );
  }
  // One PostgreSQL for the API and the floor, so both read the same warm cache.
  const database = await startEmbeddedPostgres({ dataDir: join(root, DATA_DIR, 'pg') });
  try {
    const api = await startApi(await freePort(), { dataDir: DATA_DIR, env: { DATABASE_URL: database.url } });
    try {
      const targets: Target[] = [];
      for (let i = 0; i < PARENTS; i += 1) {
        // Spread over the whole data set so the cache cannot hold one hot case.
        const userId = `user${String(1 + Math.floor((i * ACCOUNTS) / PARENTS)).padStart(6, '0')}`;
        const grant = await json<{ accessToken: string }>(
          await fetch(`${api.url}/api/v1/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ userId, password }),
          }),
        );
        const cases = await json<{ items: { caseNumber: string }[] }>(
          await fetch(`${api.url}/api/v1/cases`, {
            headers: { authorization: `Bearer ${grant.accessToken}` },
          }),
        );
        for (const item of cases.items)
          targets.push({
            token: grant.accessToken,
            caseNumber: item.caseNumber,
            ...claimsOf(grant.accessToken),
          });
      }
      const sample = targets[0];
      if (!sample) throw new Error('no cases found for the generated parents');
      const body = await json<unknown>(
        await fetch(`${api.url}${viaApi(sample).path}`, { headers: viaApi(sample).headers }),
      );
      const floor = await startDataFloor(await freePort(), database.url);
      const bare = await startBare(await freePort(), body);
      try {
        const floorCheck = await fetch(`${floor.url}${viaFloor(sample).path}`, {
          headers: viaFloor(sample).headers,
        });
        if (!floorCheck.ok) throw new Error(`the data floor answered ${floorCheck.status}`);
        // Warm-up (discarded): every target's rows in PostgreSQL's cache, statements prepared.
        await load({ url: api.url, duration: 5, requests: roundRobin(targets, viaApi) });
        await load({ url: floor.url, duration: 5, requests: roundRobin(targets, viaFloor) });

        const bareResult = await load({ url: `${bare.url}/bare`, duration: 10 });
        const floorResult = await load({
          url: floor.url,
          duration: 15,
          requests: roundRobin(targets, viaFloor),
        });
        const apiResult = await load({ url: api.url, duration: 15, requests: roundRobin(targets, viaApi) });
        let next = 0;
        const fixedResult = await fixedRate({
          url: api.url,
          rate: FIXED_RATE,
          seconds: 15,
          next: () => viaApi(targets[next++ % targets.length]!),
        });
        report({ targets, body, bareResult, floorResult, apiResult, fixedResult });
      } finally {
        await bare.stop();
        await floor.stop();
      }
    } finally {
      await api.stop();
    }
  } finally {
    await database.stop();
  }
}

function report(run: {
  targets: Target[];
  body: unknown;
  bareResult: LoadResult;
  floorResult: LoadResult;
  apiResult: LoadResult;
  fixedResult: LoadResult;
}) {
  const { bareResult, floorResult, apiResult, fixedResult } = run;
  const percent = (apiResult.requestsPerSecond / floorResult.requestsPerSecond) * 100;
  const p99Verdict =
    fixedResult.p99 < TARGET_P99_MS
      ? `meets the p99 < ${TARGET_P99_MS} ms target`
      : `misses the p99 < ${TARGET_P99_MS} ms target`;
  const floorVerdict =
    percent >= TARGET_FLOOR_PERCENT
      ? `meets the ≥ ${TARGET_FLOOR_PERCENT} % target`
      : `misses the ≥ ${TARGET_FLOOR_PERCENT} % target`;
  console.log(
    `case detail at ${FIXED_RATE}/s: p99 ${fixedResult.p99} ms (${p99Verdict}); 50 connections: API ${apiResult.requestsPerSecond}/s, floor ${floorResult.requestsPerSecond}/s (${percent.toFixed(0)} %, ${floorVerdict}); bare ${bareResult.requestsPerSecond}/s`,
  );
  const row = (name: string, result: LoadResult) => [
    name,
    result.requestsPerSecond,
    result.p50,
    result.p95,
    result.p99,
    result.non2xx + result.errors,
  ];
  writeSection(
    'Case detail at 1M accounts',
    `${machineLine()} Data: ${DATA_DIR} (generator, ${ACCOUNTS.toLocaleString('en-US')} accounts, 24 payments per case). ` +
      `${run.targets.length} cases of ${PARENTS} parents spread over the data set, requests round-robin; one PostgreSQL for the API and the floor; ` +
      `a 5 s warm-up of each (discarded), then autocannon 15 s per line (bare route 10 s); the fixed rate is an open-loop load, evenly spaced (\`scripts/bench/fixed-rate.ts\`); the bare route answers the same ${JSON.stringify(run.body).length}-byte JSON.\n\n${table(
        ['route', 'requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx / errors'],
        [
          row('bare Fastify, same body (reference), 50 connections', bareResult),
          row(
            'data floor: the session check + detail statements via pg, bare Fastify, 50 connections',
            floorResult,
          ),
          row('API `GET /api/v1/cases/:caseNumber`, 50 connections', apiResult),
          row(`API, fixed arrival rate ${FIXED_RATE} requests/s`, fixedResult),
        ],
      )}\n\nAt ${FIXED_RATE} requests/s the API's p99 is ${fixedResult.p99} ms: it ${p99Verdict}. At 50 connections it answers ${percent.toFixed(0)} % of the data floor's rate: it ${floorVerdict}.`,
  );
}
