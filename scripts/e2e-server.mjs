// The server the browser tests run against: the real server with a fresh embedded database (so
// every run starts from the demo data), its own port and data folder; its log goes to a file there.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// E2E_DATA_DIR and E2E_PORT let two runs coexist on one machine (e.g. two checkouts, or CI beside
// a developer).
const dataDir = process.env.E2E_DATA_DIR ?? join(process.cwd(), '.data', 'e2e');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
// The server's log (request lines included) is also kept in the data folder: the payment spec
// checks that no card number ever reached it.
const log = createWriteStream(join(dataDir, 'server.log'));
const child = spawn('pnpm', ['exec', 'tsx', 'apps/api/src/server.ts'], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: process.env.E2E_PORT ?? '3210',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    // The test processor's "no answer" card (…0003) is answered as unknown after 3 s, not 15.
    PAYMENT_TIMEOUT_MS: '3000',
    DATABASE_URL: '',
    // Any free port: another run (or a developer's server) may hold the default 9464.
    METRICS_PORT: '0',
    // Every test comes from 127.0.0.1, so the per-IP throttle (20/min per route) would trip
    // between parallel tests; its own behaviour is covered by the API tests.
    POLICY_IP_THROTTLE_MAX_REQUESTS: '1000',
  },
});
child.stdout.pipe(log);
child.stderr.on('data', (chunk) => {
  log.write(chunk);
  process.stderr.write(chunk);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
