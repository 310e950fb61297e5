// The server the browser tests run against: the real server with a fresh embedded database (so
// every run starts from the demo data), its own port and data folder, quiet logs.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

// E2E_DATA_DIR and E2E_PORT let two runs coexist on one machine (e.g. two checkouts, or CI beside
// a developer).
const dataDir = process.env.E2E_DATA_DIR ?? join(process.cwd(), '.data', 'e2e');
rmSync(dataDir, { recursive: true, force: true });
const child = spawn('pnpm', ['exec', 'tsx', 'apps/api/src/server.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: process.env.E2E_PORT ?? '3210',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    // Any free port: another run (or a developer's server) may hold the default 9464.
    METRICS_PORT: '0',
    // Every test comes from 127.0.0.1, so the per-IP throttle (20/min per route) would trip
    // between parallel tests; its own behaviour is covered by the API tests.
    POLICY_IP_THROTTLE_MAX_REQUESTS: '1000',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
