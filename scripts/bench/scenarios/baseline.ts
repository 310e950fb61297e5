// Our API's cheapest route against a bare Fastify route answering the same JSON: the cost of the
// plugins every request goes through (security headers, request ids, error handling, load shedding).
import { load } from '../autocannon.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi, startBare } from '../servers.ts';

export async function baselineScenario() {
  const bare = await startBare(await freePort(), { status: 'ok' });
  const api = await startApi(await freePort());
  try {
    const bareResult = await load({ url: `${bare.url}/bare` });
    const apiResult = await load({ url: `${api.url}/api/health` });
    const ratio = ((apiResult.requestsPerSecond / bareResult.requestsPerSecond) * 100).toFixed(0);
    console.log(
      `bare ${bareResult.requestsPerSecond}/s, API /api/health ${apiResult.requestsPerSecond}/s (${ratio} %)`,
    );
    writeSection(
      'Baseline: bare Fastify vs the API',
      `${machineLine()} autocannon, 50 connections, 10 s each, one after the other.\n\n${table(
        ['route', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx'],
        [
          [
            'bare Fastify `GET /bare` → `{"status":"ok"}`',
            bareResult.requestsPerSecond,
            bareResult.p50,
            bareResult.p99,
            bareResult.non2xx,
          ],
          [
            'API `GET /api/health` (all plugins)',
            apiResult.requestsPerSecond,
            apiResult.p50,
            apiResult.p99,
            apiResult.non2xx,
          ],
        ],
      )}\n\nThe API answers ${ratio} % of the bare rate.`,
    );
  } finally {
    await api.stop();
    await bare.stop();
  }
}
