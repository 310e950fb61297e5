// The cluster test's moving parts, each its own child process on loopback ports chosen at run
// time: PostgreSQL (embedded, or CLUSTER_DATABASE_URL), two API instances and nginx in front.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * How an API instance starts — the one line to change: the production build when it exists
 * (`pnpm build` compiles the API to apps/api/dist/server.js), else the TypeScript source via tsx.
 */
const productionServer = join(repoRoot, 'apps/api/dist/server.js');
export const apiCommand = (): string[] =>
  existsSync(productionServer) ? [productionServer] : ['--import', 'tsx', 'apps/api/src/server.ts'];

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms`);
}

/** Keys shared by both instances (a token signed by one must verify on the other). */
export function sharedSecrets(): Record<string, string> {
  const key = () => randomBytes(32).toString('base64');
  return { JWT_SECRET: key(), SSN_ENCRYPTION_KEY: key(), SSN_HASH_KEY: key(), FIELD_ENCRYPTION_KEY: key() };
}

export class ApiInstance {
  child: ChildProcess | null = null;
  startedAt = 0;
  readonly name: string;
  readonly port: number;
  private readonly env: Record<string, string>;
  private readonly logFile: string;

  constructor(name: string, port: number, env: Record<string, string>, logFile: string) {
    this.name = name;
    this.port = port;
    this.env = env;
    this.logFile = logFile;
  }

  async start(timeoutMs = 120_000): Promise<number> {
    const begun = Date.now();
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, apiCommand(), {
      cwd: repoRoot,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    this.child = child;
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    await waitFor(
      `API ${this.name}`,
      async () => {
        if (exited) throw new Error(`API ${this.name} exited during start-up (see ${this.logFile})`);
        const response = await fetch(`http://127.0.0.1:${this.port}/api/ready`);
        return response.status === 200;
      },
      timeoutMs,
    );
    this.startedAt = Date.now();
    return Date.now() - begun;
  }

  /** SIGTERM and wait for the process to finish its in-flight requests and exit. */
  async stop(): Promise<{ exitCode: number | null; drainMs: number }> {
    const child = this.child;
    if (!child || child.exitCode !== null) return { exitCode: child?.exitCode ?? null, drainMs: 0 };
    const begun = Date.now();
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    const exitCode = await exited;
    this.child = null;
    return { exitCode, drainMs: Date.now() - begun };
  }
}

/** nginx from Debian, as the test's own process (daemon off), with a config written here. */
export class Balancer {
  child: ChildProcess | null = null;
  readonly port: number;
  private readonly upstreamPorts: number[];
  private readonly folder: string;

  constructor(port: number, upstreamPorts: number[], folder: string) {
    this.port = port;
    this.upstreamPorts = upstreamPorts;
    this.folder = folder;
  }

  config(): string {
    const upstreams = this.upstreamPorts
      .map((port) => `    server 127.0.0.1:${port} max_fails=5 fail_timeout=1s;`)
      .join('\n');
    const temp = (name: string) => join(this.folder, name);
    return `# Written by scripts/cluster/processes.ts for one run of the cluster test.
worker_processes 1;
daemon off;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 2048; }
http {
  access_log ${temp('access.log')};
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  client_max_body_size 12m;
  upstream api {
${upstreams}
  }
  server {
    listen 127.0.0.1:${this.port};
    location / {
      proxy_pass http://api;
      proxy_set_header Host $host;
      # The API believes these only because TRUST_PROXY names this balancer's address.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Request-Id $request_id;
      # A refused connection or a 502/503 from an instance that is going away is retried on the
      # other — for idempotent methods only: nginx never resends a POST it has already sent.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      # Which instance answered, so the test can show a request landed on the other one.
      add_header X-Upstream $upstream_addr always;
      add_header X-Balancer-Request-Id $request_id always;
    }
  }
}
`;
  }

  async start(): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    // nginx's worker runs as nobody: it must be able to write its temporary files here.
    chmodSync(this.folder, 0o777);
    const file = join(this.folder, 'nginx.conf');
    writeFileSync(file, this.config());
    const checked = spawnSync('nginx', ['-t', '-q', '-c', file, '-p', this.folder], { encoding: 'utf8' });
    if (checked.status !== 0) throw new Error(`nginx config refused: ${checked.stderr}`);
    const child = spawn('nginx', ['-c', file, '-p', this.folder], { stdio: ['ignore', 'ignore', 'inherit'] });
    this.child = child;
    await waitFor(
      'nginx',
      async () => (await fetch(`http://127.0.0.1:${this.port}/api/health`)).status === 200,
      20_000,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGQUIT');
    await exited;
  }
}

export function haveNginx(): boolean {
  return spawnSync('nginx', ['-v']).status === 0;
}
