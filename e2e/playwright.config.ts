// Browser tests in a real Chromium against the real server (built apps, embedded PostgreSQL with
// fresh demo data). Debian's Chromium is used where present (Playwright cannot download its own
// browsers on our machines); elsewhere Playwright's managed browser.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list'], ['json']],
  outputDir: '../.data/e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Specs named `*.last.spec.ts` run after all the others, alone with each other: sign-out-everywhere
  // ends every session of demo.payer (it would sign out a test using that account in parallel);
  // offices-admin adds an open office (public-services counts the 28 seeded offices, appointments
  // books at a random office); appointments-console books for demo.parent, who holds a seeded booking,
  // and beside appointments.spec.ts's booking would pass the two-upcoming cap. Run one of them alone
  // with `--no-deps` (otherwise its dependency, every other spec, runs first).
  projects: [
    { name: 'chromium', use: chromium, testIgnore: /\.last\.spec\.ts$/ },
    { name: 'chromium-last', use: chromium, testMatch: /\.last\.spec\.ts$/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
