// `npm test` after the bootstrap: the house rules (ESLint with the import boundaries, the Prettier
// check), type checks, then every vitest suite (unit + API integration against a real PostgreSQL),
// the production smoke test of the deploy folder, then the Playwright browser tests in Chromium.
// Runs them all even when one fails, prints one closing count, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(process.cwd(), '.data', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  { name: 'lint (ESLint, import boundaries)', args: ['run', 'lint'] },
  { name: 'format (Prettier check)', args: ['run', 'format:check'] },
  { name: 'typecheck', args: ['run', 'typecheck'] },
  {
    name: 'unit and API tests (vitest)',
    args: [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
  },
  {
    // The deploy folder (pnpm deploy --prod) started with plain node, NODE_ENV=production.
    name: 'production smoke test (deploy folder)',
    args: ['run', 'test:smoke'],
  },
  {
    name: 'browser tests (Playwright, Chromium)',
    args: ['exec', 'playwright', 'test', '-c', 'e2e/playwright.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') },
  },
];

const failures = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync('pnpm', step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (result.status !== 0) failures.push(step.name);
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
const vitest = readJson(join(reports, 'vitest.json'));
const playwright = readJson(join(reports, 'playwright.json'));
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed =
  (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped =
  (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

console.log('');
if (failures.length > 0) console.log(`Failed steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
