// `pnpm test:cluster`: two API instances behind nginx on one PostgreSQL, driven through the balancer
// only, proving that no state lives in one instance (docs/operations.md, "Cluster test"):
// sessions, documents, the per-IP throttle and feature switches are shared; a SIGTERM and a rolling
// restart under steady load lose nothing. Prints its figures and exits non-zero on any failure.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_CUSTOMER_PASSWORD,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRET,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@cos/db';
import { createGuardrails, generateSync } from 'otplib';
import pg from 'pg';
import { multipartBody, tinyPdf } from '../../apps/api/src/testing/multipart.ts';
import { type Answer, call, destroyAgents, json } from './http.ts';
import { type LoadFigures, steadyLoad } from './load.ts';
import {
  ApiInstance,
  apiCommand,
  Balancer,
  freePort,
  haveNginx,
  repoRoot,
  sharedSecrets,
} from './processes.ts';

const RATE = Number(process.env.CLUSTER_RATE ?? 200);
const LOAD_MS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20) * 1000;
const SWITCH_DEADLINE_MS = 2000;

const checks: Array<{ name: string; ok: boolean; detail: string }> = [];
function check(name: string, ok: boolean, detail: string) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} — ${detail}`);
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function main() {
  if (!haveNginx()) {
    console.error('The cluster test needs nginx: install it (Debian: apt-get install -y nginx).');
    process.exit(2);
  }
  const folder = join(repoRoot, '.data', `cluster-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  let embedded: EmbeddedPostgresHandle | undefined;
  const instances: ApiInstance[] = [];
  let balancer: Balancer | undefined;
  // Interrupted (Ctrl-C, a CI timeout): stop every process this run started before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // nginx's master stops its workers on TERM; a KILL would leave them behind.
      balancer?.child?.kill('SIGTERM');
      for (const instance of instances) instance.child?.kill('SIGKILL');
      void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    // PostgreSQL: an operator's server (CLUSTER_DATABASE_URL, a database this run may fill), or
    // an embedded one of its own.
    let databaseUrl = process.env.CLUSTER_DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: join(folder, 'pg') });
      databaseUrl = embedded.url;
    }
    const secrets = sharedSecrets();
    const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
    const common = {
      ...secrets,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'development',
      TRUST_PROXY: '127.0.0.1',
      SERVE_APPS: 'false',
      // Request logs at 200 requests/s cost CPU this shared machine does not have; warnings stay.
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '3000',
      // The load pays on one case all the time: on a slow machine a few payments time out (504,
      // outcome unknown), and 5 such in an hour would stop the account paying at all (429).
      POLICY_PAYMENTS_MAX_DECLINED: '100',
      DB_POOL_MAX: '10',
      // Two instances on one machine: each metrics listener takes any free port.
      METRICS_PORT: '0',
    };
    // Each instance has its own data folder: nothing may depend on a shared disk.
    const a = new ApiInstance(
      'A',
      portA,
      { ...common, DATA_DIR: join(folder, 'data-a'), MIGRATE_ON_START: 'true', SEED_DEMO_DATA: 'true' },
      join(folder, 'api-a.log'),
    );
    const b = new ApiInstance(
      'B',
      portB,
      { ...common, DATA_DIR: join(folder, 'data-b'), MIGRATE_ON_START: 'false', SEED_DEMO_DATA: 'false' },
      join(folder, 'api-b.log'),
    );
    instances.push(a, b);
    console.log(`instances start with: node ${apiCommand().join(' ')}`);
    const startA = await a.start();
    const startB = await b.start();
    console.log(`A ready in ${startA} ms (migrated, seeded), B ready in ${startB} ms`);
    balancer = new Balancer(portLb, [portA, portB], join(folder, 'nginx'));
    await balancer.start();
    const lb = balancer.port;
    const name = (answer: Answer) =>
      answer.upstream === String(portA) ? 'A' : answer.upstream === String(portB) ? 'B' : '?';

    /** Repeats `make` until it is answered by the instance other than `not` (round robin: soon). */
    async function onOther(not: string, make: () => Promise<Answer>): Promise<Answer> {
      for (let i = 0; i < 10; i += 1) {
        const answer = await make();
        if (answer.upstream && answer.upstream !== not) return answer;
      }
      throw new Error('the balancer never sent a request to the other instance');
    }

    const signInParent = async (userId = 'demo.parent') => {
      const answer = await call(lb, {
        method: 'POST',
        path: '/api/v1/auth/sign-in',
        json: { userId, password: DEMO_CUSTOMER_PASSWORD },
      });
      if (answer.status !== 200) throw new Error(`parent sign-in answered ${answer.status}: ${answer.body}`);
      return { token: json<{ accessToken: string }>(answer).accessToken, answer };
    };

    // 1. A session made on one instance works on the other; sign-out on one ends it on both.
    {
      const { token, answer: signedIn } = await signInParent();
      const me = await onOther(signedIn.upstream, () => call(lb, { path: '/api/v1/me', token }));
      check(
        'session shared',
        me.status === 200,
        `signed in on ${name(signedIn)}, /api/v1/me on ${name(me)} answered ${me.status}`,
      );
      const out = await call(lb, { method: 'POST', path: '/api/v1/auth/sign-out', token });
      const after = [
        await call(lb, { path: '/api/v1/me', token }),
        await call(lb, { path: '/api/v1/me', token }),
      ];
      const statuses = after.map((answer) => `${name(answer)}:${answer.status}`).join(', ');
      check(
        'sign-out ends the session everywhere at once',
        out.status === 200 &&
          after.every((answer) => answer.status === 401) &&
          new Set(after.map(name)).size === 2,
        `signed out on ${name(out)}; right after: ${statuses}`,
      );
    }

    const { token } = await signInParent();

    // 2. A document uploaded through one instance downloads through the other.
    {
      const content = Buffer.concat([
        tinyPdf,
        Buffer.from(`\n% cluster ${randomBytes(8).toString('hex')}\n`),
      ]);
      const form = multipartBody({ description: 'Cluster test' }, [
        { fileName: 'proof.pdf', contentType: 'application/pdf', content },
      ]);
      const uploaded = await call(lb, {
        method: 'POST',
        path: '/api/v1/documents',
        token,
        body: form.payload,
        headers: form.headers,
      });
      if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${uploaded.body}`);
      const id = json<{ id: string }>(uploaded).id;
      const download = await onOther(uploaded.upstream, () =>
        call(lb, { path: `/api/v1/documents/${id}/file`, token }),
      );
      check(
        'document stored for every instance',
        download.status === 200 && download.body.equals(content),
        `uploaded on ${name(uploaded)} (${content.length} bytes), downloaded on ${name(download)}: ${download.status}, ${download.body.equals(content) ? 'same bytes' : 'different bytes'}`,
      );
    }

    // 3. The per-IP throttle holds across instances: 25 sign-in attempts from one address.
    {
      const statuses: string[] = [];
      let answered = 0;
      let limited = 0;
      for (let i = 0; i < 25; i += 1) {
        const answer = await call(lb, {
          method: 'POST',
          path: '/api/v1/auth/sign-in',
          json: { userId: 'nobody.at.all', password: 'certainly not a password' },
          from: '127.0.0.25',
        });
        statuses.push(`${name(answer)}${answer.status}`);
        if (answer.status === 429) limited += 1;
        else answered += 1;
      }
      const onBoth = new Set(statuses.slice(0, 20).map((status) => status[0])).size === 2;
      check(
        'throttle shared: 20 answered, 5 × 429',
        answered === 20 && limited === 5 && onBoth,
        `${answered} answered, ${limited} × 429, first 20 spread over ${onBoth ? 'both instances' : 'ONE instance'}`,
      );
    }

    // 4. A supervisor's switch change made on one instance is seen on the other within 2 s.
    let switchSeenMs = -1;
    {
      const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
      const totp = generateSync({ secret: DEMO_TOTP_SECRET, guardrails });
      const staff = await call(lb, {
        method: 'POST',
        path: '/api/v1/staff/auth/sign-in',
        json: { username: 'supervisor.demo', password: DEMO_STAFF_PASSWORD, totp, acknowledgedWarning: true },
      });
      if (staff.status !== 200) throw new Error(`supervisor sign-in answered ${staff.status}: ${staff.body}`);
      const staffToken = json<{ accessToken: string }>(staff).accessToken;
      const features = json<Record<string, { enabled: boolean }>>(
        await call(lb, { path: '/api/v1/features' }),
      );
      const [key, state] = Object.entries(features)[0]!;
      const changed = await call(lb, {
        method: 'PUT',
        path: `/api/v1/admin/features/${key}`,
        token: staffToken,
        json: { enabled: !state.enabled, reason: 'cluster test: switch seen on every instance' },
      });
      const changedAt = Date.now();
      if (changed.status !== 200)
        throw new Error(`switch change answered ${changed.status}: ${changed.body}`);
      while (Date.now() - changedAt < 5000) {
        const seen = await call(lb, { path: '/api/v1/features' });
        if (
          seen.upstream !== changed.upstream &&
          json<Record<string, { enabled: boolean }>>(seen)[key]?.enabled === !state.enabled
        ) {
          switchSeenMs = Date.now() - changedAt;
          break;
        }
        await sleep(50);
      }
      check(
        'switch change seen on the other instance within 2 s',
        switchSeenMs >= 0 && switchSeenMs <= SWITCH_DEADLINE_MS,
        `"${key}" changed on ${name(changed)}, seen on the other after ${switchSeenMs} ms`,
      );
      await call(lb, {
        method: 'PUT',
        path: `/api/v1/admin/features/${key}`,
        token: staffToken,
        json: { enabled: state.enabled, reason: 'cluster test: switch restored' },
      });
    }

    // The load signs in as the demo parent who pays support (payments are made on their case).
    const { token: payerToken } = await signInParent('demo.payer');
    const cases = json<{ items: Array<{ caseNumber: string }> }>(
      await call(lb, { path: '/api/v1/cases', token: payerToken }),
    );
    const caseNumber = cases.items[0]!.caseNumber;

    // Every confirmed write read back: through the balancer, and once (and only once) in the table.
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    // The database stopping at the end (or under an interruption) must not crash the report.
    database.on('error', () => undefined);
    async function verifyWrites(load: LoadFigures) {
      const keys = [...load.confirmed.keys()];
      let readBack = 0;
      for (const [, confirmation] of load.confirmed) {
        const receipt = await call(lb, { path: `/api/v1/payments/${confirmation}`, token: payerToken });
        if (receipt.status === 200) readBack += 1;
      }
      const rows = await database.query<{ idempotency_key: string; n: number }>(
        `SELECT idempotency_key, count(*)::int AS n FROM payment_requests WHERE idempotency_key = ANY($1) GROUP BY idempotency_key`,
        [keys],
      );
      const duplicated = rows.rows.filter((row) => row.n > 1).length;
      return { confirmed: keys.length, readBack, inTable: rows.rowCount ?? 0, duplicated };
    }

    function reportLoad(
      title: string,
      load: LoadFigures,
      writes: Awaited<ReturnType<typeof verifyWrites>>,
      allowed503: boolean,
    ) {
      const unexpected5xx = Object.entries(load.serverErrors)
        .filter(([status]) => !(allowed503 && status === '503'))
        .reduce((sum, [, n]) => sum + n, 0);
      check(
        `${title}: 0 failed idempotent requests`,
        load.reads.failed === 0,
        `${load.reads.total} reads, ${load.reads.failed} failed (${JSON.stringify(load.reads.statuses)})`,
      );
      check(
        `${title}: 0 lost or duplicated writes`,
        load.writes.failed === 0 &&
          writes.readBack === load.writes.total &&
          writes.inTable === load.writes.total &&
          writes.duplicated === 0,
        `${load.writes.total} payments, ${writes.readBack} read back, ${writes.inTable} in the table, ${writes.duplicated} duplicated, ` +
          `first answers retried: ${JSON.stringify(load.writes.retriedStatuses)}`,
      );
      check(
        `${title}: no 5xx${allowed503 ? ' other than documented 503s' : ''}`,
        unexpected5xx === 0,
        `5xx seen: ${JSON.stringify(load.serverErrors)}`,
      );
    }

    // 5. Steady load; instance A gets SIGTERM, stays down a while, comes back.
    const sigterm: Record<string, number | null> = {};
    const loadOne = await steadyLoad({
      port: lb,
      token: payerToken,
      caseNumber,
      rate: RATE,
      minMs: LOAD_MS,
      during: async () => {
        await sleep(4000);
        const stopped = await a.stop();
        sigterm.drainMs = stopped.drainMs;
        sigterm.exitCode = stopped.exitCode;
        await sleep(4000);
        sigterm.restartMs = await a.start();
      },
    });
    const writesOne = await verifyWrites(loadOne);
    console.log(
      `load 1: ${loadOne.sent} requests in ${loadOne.durationMs} ms (${loadOne.achievedRate}/s), p50 ${loadOne.latencyMs.p50} ms, p99 ${loadOne.latencyMs.p99} ms; A drained in ${sigterm.drainMs} ms (exit ${sigterm.exitCode}), back in ${sigterm.restartMs} ms; answered by ${JSON.stringify(loadOne.byUpstream)}`,
    );
    reportLoad('SIGTERM one instance under load', loadOne, writesOne, true);
    check('SIGTERM: the instance exits cleanly', sigterm.exitCode === 0, `exit code ${sigterm.exitCode}`);

    // 6. A rolling restart of both instances, one at a time, under the same load.
    const rolling: Record<string, number> = {};
    const loadTwo = await steadyLoad({
      port: lb,
      token: payerToken,
      caseNumber,
      rate: RATE,
      minMs: LOAD_MS,
      during: async () => {
        await sleep(2000);
        for (const instance of [a, b]) {
          rolling[`${instance.name}.drainMs`] = (await instance.stop()).drainMs;
          rolling[`${instance.name}.restartMs`] = await instance.start();
          await sleep(1000);
        }
      },
    });
    const writesTwo = await verifyWrites(loadTwo);
    console.log(
      `load 2: ${loadTwo.sent} requests in ${loadTwo.durationMs} ms (${loadTwo.achievedRate}/s), p50 ${loadTwo.latencyMs.p50} ms, p99 ${loadTwo.latencyMs.p99} ms; ${JSON.stringify(rolling)}; answered by ${JSON.stringify(loadTwo.byUpstream)}`,
    );
    const failedTwo = loadTwo.reads.failed + loadTwo.writes.failed;
    check(
      'rolling restart under load: 0 failed requests',
      failedTwo === 0 && writesTwo.readBack === loadTwo.writes.total && writesTwo.duplicated === 0,
      `${loadTwo.reads.total} reads, ${loadTwo.writes.total} payments, ${failedTwo} failed, ${writesTwo.readBack} payments read back, ${writesTwo.duplicated} duplicated; ` +
        `write answers retried: ${JSON.stringify(loadTwo.writes.retriedStatuses)}; 5xx: ${JSON.stringify(loadTwo.serverErrors)}`,
    );
    await database.end();

    const figures = {
      date: new Date().toISOString(),
      machine: `${cpus().length} cores, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
      command: `node ${apiCommand().join(' ')}`,
      startMs: { a: startA, b: startB },
      switchSeenMs,
      sigterm: { ...sigterm, ...pick(loadOne), writes: writesOne },
      rolling: { ...rolling, ...pick(loadTwo), writes: writesTwo },
      checks,
    };
    writeFileSync(join(folder, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nfigures: ${JSON.stringify({ ...figures, checks: undefined })}`);
  } finally {
    destroyAgents();
    await balancer?.stop().catch(() => undefined);
    for (const instance of instances) await instance.stop().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    if (process.env.CLUSTER_KEEP !== 'true' && checks.every((entry) => entry.ok))
      rmSync(folder, { recursive: true, force: true });
    else console.log(`logs kept in ${folder}`);
  }
  const failed = checks.filter((entry) => !entry.ok);
  console.log(`\n${checks.length - failed.length}/${checks.length} cluster checks passed`);
  process.exit(failed.length === 0 ? 0 : 1);
}

function pick(load: LoadFigures) {
  return { ...load, confirmed: load.confirmed.size };
}

main().catch((error: unknown) => {
  console.error('cluster test failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
