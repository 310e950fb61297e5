// Sign-ins per second through the whole API (throttle raised, everything else as in production)
// against the raw argon2id verify rate measured in the same run: a sign-in is one verify plus a
// few indexed writes, so the target is at least 85 % of the raw rate.
import { load, type LoadResult } from '../autocannon.ts';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi } from '../servers.ts';
import { measureVerifyRate } from './argon2.ts';

// Demo accounts sharing the demo password (see packages/db/src/seed); round-robin keeps each
// account's session list short and never trips a lockout (every attempt is correct).
const accounts = ['demo.parent', 'demo.payer'];
const password = 'sunny meadow lantern 42';

/** The browser cookie the API gives an account's first sign-in (known-browsers.ts), as a browser keeps it. */
async function browserCookieOf(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in is not available (${response.status}); is the accounts API built?`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => /^(__Host-)?cos_browser=/.test(pair));
  if (!cookie) throw new Error('the sign-in set no browser cookie');
  return cookie;
}

/** Sign-ins round-robin over the accounts; `cookies` (one per account) makes each a returning browser. */
function signIns(url: string, cookies?: string[]) {
  let next = 0;
  return load({
    url: `${url}/api/v1/auth/sign-in`,
    method: 'POST',
    connections: 8,
    duration: 15,
    requests: [
      {
        setupRequest: (request) => {
          const index = next++ % accounts.length;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (cookies?.[index]) headers.cookie = cookies[index];
          return { ...request, headers, body: JSON.stringify({ userId: accounts[index], password }) };
        },
      },
    ],
  });
}

export async function signInScenario() {
  const api = await startApi(await freePort());
  try {
    const cookies = [];
    for (const userId of accounts) cookies.push(await browserCookieOf(api.url, userId));
    const raw = await measureVerifyRate(10);
    // A parent signing in again on their own phone (the common case), then a browser the account
    // has never seen: that sign-in also writes the new-browser notice to the outbox, which the
    // job runner in the same process renders and sends (to the development mail catcher here).
    const returning = await signIns(api.url, cookies);
    const fresh = await signIns(api.url);
    const percent = (result: LoadResult) => ((result.requestsPerSecond / raw) * 100).toFixed(0);
    console.log(
      `raw verifies ${raw.toFixed(1)}/s; API sign-ins, returning browser ${returning.requestsPerSecond}/s (${percent(returning)} %), new browser ${fresh.requestsPerSecond}/s (${percent(fresh)} %)`,
    );
    const row = (name: string, result: LoadResult) => [
      name,
      result.requestsPerSecond,
      result.p50,
      result.p99,
      result.non2xx,
    ];
    writeSection(
      'Sign-in throughput vs raw argon2id',
      `${machineLine()} Raw rate: argon2id verifies on all cores for 10 s; then autocannon, 8 connections, 15 s per line, ` +
        `\`POST /api/v1/auth/sign-in\` with correct passwords (round-robin over ${accounts.length} demo accounts), first with each account's browser cookie (a returning browser), then with none (every sign-in from a new browser, which also emails the parent).\n\n${table(
          ['what', 'per second', 'p50 ms', 'p99 ms', 'non-2xx'],
          [
            ['raw argon2id verify (ceiling)', raw.toFixed(1), '', '', ''],
            row('API sign-in, returning browser (verify + lockout bookkeeping + session + audit)', returning),
            row('API sign-in, new browser (the same + the new-browser email)', fresh),
          ],
        )}\n\nSign-ins from a returning browser reach ${percent(returning)} % of the raw verify rate, from a new browser ${percent(fresh)} % (target ≥ 85 %).`,
    );
  } finally {
    await api.stop();
  }
}
