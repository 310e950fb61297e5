// Case detail with its last 12 payments at scale: the page most parents open. Runs against the
// large generated data set (`pnpm data:generate --accounts 1000000` into DATA_DIR=.data/bench-1m),
// through the full API (bearer token checked and its session looked up on every request), 50
// connections, many different parents and cases; compared with a bare Fastify route answering the
// same JSON body in the same run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from '../autocannon.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi, startBare } from '../servers.ts';

const DATA_DIR = process.env.BENCH_DATA_DIR ?? '.data/bench-1m';
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000_000);
const PARENTS = 200;
const password = 'benchmark meadow lantern 77';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const hasLargeDataSet = () =>
  existsSync(join(import.meta.dirname, '..', '..', '..', DATA_DIR, 'pg', 'PG_VERSION'));

export async function caseDetailScenario() {
  if (!hasLargeDataSet()) {
    throw new Error(
      `no generated data set in ${DATA_DIR}: run DATA_DIR=${DATA_DIR} pnpm data:generate --accounts 1000000`,
    );
  }
  const api = await startApi(await freePort(), { dataDir: DATA_DIR });
  try {
    const targets: { token: string; caseNumber: string }[] = [];
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
        await fetch(`${api.url}/api/v1/cases`, { headers: { authorization: `Bearer ${grant.accessToken}` } }),
      );
      for (const item of cases.items) targets.push({ token: grant.accessToken, caseNumber: item.caseNumber });
    }
    const sample = targets[0];
    if (!sample) throw new Error('no cases found for the generated parents');
    const body = await json<unknown>(
      await fetch(`${api.url}/api/v1/cases/${sample.caseNumber}`, {
        headers: { authorization: `Bearer ${sample.token}` },
      }),
    );
    const bare = await startBare(await freePort(), body);
    try {
      const bareResult = await load({ url: `${bare.url}/bare`, duration: 15 });
      let next = 0;
      const apiResult = await load({
        url: api.url,
        duration: 15,
        requests: [
          {
            setupRequest: (request) => {
              const target = targets[next++ % targets.length] ?? sample;
              return {
                ...request,
                method: 'GET',
                path: `/api/v1/cases/${target.caseNumber}`,
                headers: { authorization: `Bearer ${target.token}` },
              };
            },
          },
        ],
      });
      const ratio = ((apiResult.requestsPerSecond / bareResult.requestsPerSecond) * 100).toFixed(0);
      console.log(
        `case detail ${apiResult.requestsPerSecond}/s p99 ${apiResult.p99} ms; bare ${bareResult.requestsPerSecond}/s (${ratio} %)`,
      );
      writeSection(
        'Case detail at 1M accounts',
        `${machineLine()} Data: ${DATA_DIR} (generator, ${ACCOUNTS.toLocaleString('en-US')} accounts, 24 payments per case). ` +
          `${targets.length} cases of ${PARENTS} parents spread over the data set, requests round-robin; autocannon 50 connections, 15 s each; ` +
          `the bare route answers the same ${JSON.stringify(body).length}-byte JSON.\n\n${table(
            ['route', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx'],
            [
              [
                'bare Fastify, same body',
                bareResult.requestsPerSecond,
                bareResult.p50,
                bareResult.p99,
                bareResult.non2xx,
              ],
              [
                '`GET /api/v1/cases/:caseNumber` (auth + session check + detail + last 12 payments)',
                apiResult.requestsPerSecond,
                apiResult.p50,
                apiResult.p99,
                apiResult.non2xx,
              ],
            ],
          )}\n\nThe API answers ${ratio} % of the bare rate; target p99 < 25 ms.`,
      );
    } finally {
      await bare.stop();
    }
  } finally {
    await api.stop();
  }
}
