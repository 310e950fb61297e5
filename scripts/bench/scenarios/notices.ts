// GET /api/v1/notices (what every portal page asks for every few seconds) against a bare Fastify
// route answering the very same JSON, fetched from the API first. Target (issue 17): at least 75 %
// of the bare rate. The API serves the notices from its per-instance content cache as prepared
// JSON, so the difference is the plugins every request passes through.
import { load } from '../autocannon.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi, startBare } from '../servers.ts';

const TARGET_PERCENT = 75;

export async function noticesScenario() {
  const api = await startApi(await freePort());
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    const body: unknown = await (await fetch(`${api.url}/api/v1/notices`)).json();
    bare = await startBare(await freePort(), body);
    const bareResult = await load({ url: `${bare.url}/bare` });
    const apiResult = await load({ url: `${api.url}/api/v1/notices` });
    const percent = (apiResult.requestsPerSecond / bareResult.requestsPerSecond) * 100;
    const ratio = percent.toFixed(0);
    const verdict =
      percent >= TARGET_PERCENT
        ? `meets the ${TARGET_PERCENT} % target`
        : `misses the ${TARGET_PERCENT} % target`;
    console.log(
      `bare ${bareResult.requestsPerSecond}/s, API /api/v1/notices ${apiResult.requestsPerSecond}/s (${ratio} %, ${verdict})`,
    );
    writeSection(
      'Notices: GET /api/v1/notices vs bare Fastify',
      `${machineLine()} autocannon, 50 connections, 10 s each, one after the other; the same JSON body (${JSON.stringify(body).length} bytes, the seeded public notices).\n\n${table(
        ['route', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx'],
        [
          [
            'bare Fastify `GET /bare` → the notices JSON',
            bareResult.requestsPerSecond,
            bareResult.p50,
            bareResult.p99,
            bareResult.non2xx,
          ],
          [
            'API `GET /api/v1/notices` (anonymous, from the content cache)',
            apiResult.requestsPerSecond,
            apiResult.p50,
            apiResult.p99,
            apiResult.non2xx,
          ],
        ],
      )}\n\nThe API answers ${ratio} % of the bare rate: it ${verdict}.`,
    );
  } finally {
    await api.stop();
    await bare?.stop();
  }
}
