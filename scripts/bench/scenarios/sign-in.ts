// Sign-ins per second through the whole API (throttle raised, everything else as in production)
// against the raw argon2id verify rate measured in the same run: a sign-in is one verify plus a
// few indexed writes, so the target is at least 85 % of the raw rate.
import { load } from '../autocannon.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi } from '../servers.ts';
import { measureVerifyRate } from './argon2.ts';

// Demo accounts sharing the demo password (see packages/db/src/seed); round-robin keeps each
// account's session list short and never trips a lockout (every attempt is correct).
const accounts = ['demo.parent', 'demo.payer'];
const password = 'sunny meadow lantern 42';

export async function signInScenario() {
  const api = await startApi(await freePort());
  try {
    const probe = await fetch(`${api.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: accounts[0], password }),
    });
    if (!probe.ok) throw new Error(`sign-in is not available (${probe.status}); is the accounts API built?`);
    const raw = await measureVerifyRate(10);
    let next = 0;
    const result = await load({
      url: `${api.url}/api/v1/auth/sign-in`,
      method: 'POST',
      connections: 8,
      duration: 15,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const userId = accounts[next++ % accounts.length];
            return { ...request, body: JSON.stringify({ userId, password }) };
          },
        },
      ],
    });
    const ratio = ((result.requestsPerSecond / raw) * 100).toFixed(0);
    console.log(`raw verifies ${raw.toFixed(1)}/s; API sign-ins ${result.requestsPerSecond}/s (${ratio} %)`);
    writeSection(
      'Sign-in throughput vs raw argon2id',
      `${machineLine()} Raw rate: argon2id verifies on all cores for 10 s; then autocannon, 8 connections, 15 s, ` +
        `\`POST /api/v1/auth/sign-in\` with correct passwords (round-robin over ${accounts.length} demo accounts).\n\n${table(
          ['what', 'per second', 'p50 ms', 'p99 ms', 'non-2xx'],
          [
            ['raw argon2id verify (ceiling)', raw.toFixed(1), '', '', ''],
            [
              'API sign-in (verify + lockout bookkeeping + session + audit)',
              result.requestsPerSecond,
              result.p50,
              result.p99,
              result.non2xx,
            ],
          ],
        )}\n\nSign-ins reach ${ratio} % of the raw verify rate (target ≥ 85 %).`,
    );
  } finally {
    await api.stop();
  }
}
