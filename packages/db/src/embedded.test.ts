// The zero set-up database: first start initialises, later starts reuse the data, and neither a
// stale lock file nor a PostgreSQL orphaned by a killed run blocks the next start.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.info(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe('startEmbeddedPostgres', () => {
  let dataDir: string;

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'cos-embedded-'));
    // mkdtemp makes it 0700; as root, PostgreSQL runs as the `postgres` user and must get through.
    await chmod(parent, 0o755);
    dataDir = join(parent, 'pg');
  });
  afterAll(async () => {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('initialises an empty folder, creates the cos database, and stops idempotently', async () => {
    const server = await timed('embedded cold start (initdb + start)', () =>
      startEmbeddedPostgres({ dataDir }),
    );
    expect(server.initialised).toBe(true);
    expect(server.url).toContain(`127.0.0.1:${server.port}/cos`);
    expect(await query(server.url, 'SELECT current_database() AS db')).toEqual([{ db: 'cos' }]);
    await query(server.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives restarts')");
    await server.stop();
    await server.stop();
  });

  it('starts warm on the same folder with the data intact', async () => {
    for (let run = 1; run <= 3; run++) {
      const server = await timed(`embedded warm start #${run}`, () => startEmbeddedPostgres({ dataDir }));
      expect(server.initialised).toBe(false);
      expect(await query(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'survives restarts' }]);
      await server.stop();
    }
  });

  it('ignores a stale postmaster.pid whose process is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dataDir, 'postmaster.pid'), `${gone}\n${dataDir}\n`);
    const server = await startEmbeddedPostgres({ dataDir });
    expect(await query(server.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
    await server.stop();
  });

  it('stop() returns even when PostgreSQL has already died', async () => {
    const server = await startEmbeddedPostgres({ dataDir });
    const postmaster = Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8'), 10);
    process.kill(postmaster, 'SIGKILL');
    await expect(server.stop()).resolves.toBeUndefined();
  });

  it('stops the PostgreSQL a killed run left behind and starts anyway', async () => {
    const orphanPort = await startInChildAndKillIt(dataDir);
    const server = await startEmbeddedPostgres({ dataDir });
    expect(server.port).not.toBe(orphanPort);
    expect(await query(server.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
    await server.stop();
  });

  it('refuses a non-empty folder that holds no cluster rather than wiping it', async () => {
    const foreign = join(dataDir, '..', 'not-a-cluster');
    await mkdir(foreign);
    await writeFile(join(foreign, 'notes.txt'), 'precious');
    await expect(startEmbeddedPostgres({ dataDir: foreign })).rejects.toThrow(/not empty/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('precious');
  });
});

// A separate Node process starts PostgreSQL on the folder and is killed with SIGKILL, the way a
// crashed dev server dies: its postgres child lives on, orphaned, holding postmaster.pid.
async function startInChildAndKillIt(dataDir: string): Promise<number> {
  const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));
  const script = `import { startEmbeddedPostgres } from ${JSON.stringify(embedded)};
    const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
    console.log('ready ' + server.port);`;
  // Plain Node (24 strips the types itself): a wrapper such as tsx would leave its own child alive.
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  return port;
}
