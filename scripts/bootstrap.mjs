#!/usr/bin/env node
// The two-command promise: `npm start` and `npm test` on a machine that has only Node.js and npm.
//
// Deliberately dependency-free and written for Node 20 too: it is the one file that runs before the
// toolchain exists. It fetches the pinned Node 24 and pnpm from the npm registry into `.tools/`
// when the running Node or the PATH lacks them (Corepack cannot fetch pnpm 12 here, PLATFORM.md),
// installs the workspace from the frozen lockfile, then re-runs the real command with that toolchain.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '12.21.0';
const MIN_NODE_MAJOR = 24;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const toolsBin = join(toolsDir, 'node_modules', '.bin');
const command = process.argv[2];
const extraArgs = process.argv.slice(3);

const log = (message) => console.log(`[bootstrap] ${message}`);

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function capture(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim() : null;
}

function major(version) {
  return Number.parseInt(String(version).replace(/^v/, '').split('.')[0] ?? '0', 10);
}

/** Returns the environment whose PATH leads to Node 24 and pnpm 12, installing them when needed. */
function ensureToolchain() {
  const wantLocalNode = major(process.version) < MIN_NODE_MAJOR;
  const systemPnpm = capture('pnpm', ['--version']);
  const wantLocalPnpm = wantLocalNode || systemPnpm === null || major(systemPnpm) < 12;
  if (!wantLocalNode && !wantLocalPnpm) return process.env;

  const packages = [];
  if (wantLocalNode && !existsSync(join(toolsBin, 'node'))) packages.push(`node@${NODE_VERSION}`);
  if (wantLocalPnpm && !existsSync(join(toolsBin, 'pnpm'))) packages.push(`pnpm@${PNPM_VERSION}`);
  if (packages.length > 0) {
    log(`installing ${packages.join(' and ')} into .tools/ from the npm registry`);
    mkdirSync(toolsDir, { recursive: true });
    if (!existsSync(join(toolsDir, 'package.json'))) {
      writeFileSync(join(toolsDir, 'package.json'), '{ "private": true }\n');
    }
    const status = run('npm', [
      'install',
      '--prefix',
      toolsDir,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packages,
    ]);
    if (status !== 0) {
      console.error('[bootstrap] could not install the toolchain from the npm registry');
      process.exit(status);
    }
  }
  const env = { ...process.env, PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}` };
  log(`using node ${capture('node', ['--version'], env)} and pnpm ${capture('pnpm', ['--version'], env)}`);
  return env;
}

/** Hash of what the install depends on, so an up-to-date tree skips `pnpm install`. */
function installFingerprint() {
  const hash = createHash('sha256');
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'prisma/schema.prisma']) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, group))) {
      const manifest = join(root, group, name, 'package.json');
      if (existsSync(manifest)) hash.update(readFileSync(manifest));
    }
  }
  return hash.digest('hex');
}

function ensureInstall(env) {
  const stamp = join(root, 'node_modules', '.cos-install-stamp');
  const fingerprint = installFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  const status = run('pnpm', ['install', '--frozen-lockfile'], { ...env, CI: env.CI ?? 'true' });
  if (status !== 0) process.exit(status);
  writeFileSync(stamp, fingerprint);
}

/** Newest modification time below a folder (skipping build output), to decide whether to rebuild. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * The browser tests need a Chromium. Playwright cannot download its own on every machine (PLATFORM.md),
 * so: an existing one (CHROMIUM_PATH, Debian's /usr/bin/chromium, chromium-browser) is used as is;
 * on Debian or Ubuntu as root, apt installs Debian's; elsewhere Playwright installs its managed one.
 * Only when neither works does the run stop, naming what to install.
 */
function ensureChromium(env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (candidates.some((path) => path && existsSync(path))) return;
  if (capture('sh', ['-c', 'command -v chromium || command -v chromium-browser'], env)) return;

  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root && capture('sh', ['-c', 'command -v apt-get'], env)) {
    log("no Chromium found: installing Debian's chromium (apt-get update; apt-get install -y chromium)");
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], aptEnv) === 0) {
      if (
        run('apt-get', ['install', '-y', '-qq', 'chromium'], aptEnv) === 0 &&
        existsSync('/usr/bin/chromium')
      )
        return;
    }
    log("apt-get could not install chromium; trying Playwright's managed browser");
  } else {
    log(
      "no Chromium found: installing Playwright's managed Chromium (pnpm exec playwright install chromium)",
    );
  }
  if (run('pnpm', ['exec', 'playwright', 'install', 'chromium'], env) === 0) return;
  console.error(
    '[bootstrap] The browser tests need Chromium and none could be installed: install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium executable, then run `npm test` again.',
  );
  process.exit(1);
}

function ensureBuild(env) {
  const inputs = ['apps', 'packages', 'prisma', 'scripts/build-api.mjs', 'pnpm-lock.yaml'];
  const sourceTime = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
  const outputs = ['apps/web/dist/index.html', 'apps/console/dist/index.html', 'apps/api/dist/server.js'].map(
    (p) => join(root, p),
  );
  const builtTime = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  if (builtTime > sourceTime) return;
  log('building the web app, the console and the API (pnpm run build)');
  const status = run('pnpm', ['run', 'build'], env);
  if (status !== 0) process.exit(status);
}

/**
 * Runs the server in its own process group and forwards each signal exactly once. (Through
 * `pnpm run`, a SIGTERM to npm's process group sometimes never reached the server, which then
 * outlived its terminal; and a signal delivered twice would skip the graceful shutdown.)
 */
function serve(env) {
  // The production build (ensureBuild made it current), run by node alone, as the image runs it.
  const child = spawn('node', ['apps/api/dist/server.js', ...extraArgs], {
    cwd: root,
    stdio: 'inherit',
    env,
    detached: true,
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const env = ensureToolchain();
ensureInstall(env);
switch (command) {
  case 'start':
    ensureBuild(env);
    serve(env);
    break;
  case 'test':
    ensureChromium(env);
    ensureBuild(env);
    process.exit(run('pnpm', ['run', 'test:all', ...extraArgs], env));
    break;
  case 'run':
    // Any workspace script with the same toolchain, e.g. `node scripts/bootstrap.mjs run test:api`.
    process.exit(run('pnpm', ['run', ...extraArgs], env));
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test|run <script>');
    process.exit(2);
}
