// A dead or hung database must turn into fast, handled errors (PLATFORM.md: Prisma 7's pg pool has
// no connection timeout by default), never into hanging requests or a crashed process.
import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb } from './client.ts';
import { findFreePort } from './embedded.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

async function elapsed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('createDb against a live database', () => {
  let database: TestDatabase;
  const onError = vi.fn();

  beforeAll(async () => {
    database = await createTestDatabase({
      applicationName: 'cos-client-test',
      statementTimeoutMs: 500,
      onError,
    });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('answers ping and applies its limits on every connection', async () => {
    expect(await database.db.ping()).toBe(true);
    const settings = await database.db.prisma.$queryRaw<
      Array<{ statement_timeout: string; application_name: string }>
    >`
      SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('application_name') AS application_name`;
    expect(settings).toEqual([{ statement_timeout: '500ms', application_name: 'cos-client-test' }]);
  });

  it('cancels a statement that runs past the statement timeout', async () => {
    const { result, ms } = await elapsed(() =>
      database.db.prisma.$queryRaw`SELECT pg_sleep(5)`.catch((error: unknown) => error),
    );
    expect(String(result)).toMatch(/statement timeout/);
    expect(ms).toBeLessThan(3_000);
  });

  it('survives the server killing idle connections and reconnects', async () => {
    await database.db.prisma.office.count();
    const killer = new pg.Client({ connectionString: database.url });
    await killer.connect();
    await killer.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cos-client-test' AND pid <> pg_backend_pid()",
    );
    await killer.end();
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(await database.db.prisma.office.count()).toBe(0);
  });
});

describe('createDb against an unreachable database', () => {
  it('ping is false at once when nothing listens on the port', async () => {
    const db = createDb({
      url: `postgresql://cos:cos@127.0.0.1:${await findFreePort()}/cos`,
      onError: () => {},
    });
    const { result, ms } = await elapsed(() => db.ping());
    expect(result).toBe(false);
    expect(ms).toBeLessThan(5_000);
    await expect(db.prisma.office.count()).rejects.toThrow();
    await db.close();
    await db.close();
  });

  describe('when the server accepts connections but never answers', () => {
    let server: Server;
    const sockets = new Set<Socket>();
    let url: string;

    beforeAll(async () => {
      server = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `postgresql://cos:cos@127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/cos`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('ping gives up with false within its timeout', async () => {
      const db = createDb({ url, connectionTimeoutMs: 1_500, onError: () => {} });
      const { result, ms } = await elapsed(() => db.ping(1_000));
      expect(result).toBe(false);
      expect(ms).toBeLessThan(2_000);
      await db.close();
    });

    it('a query fails after the connection timeout instead of hanging', async () => {
      const db = createDb({ url, connectionTimeoutMs: 1_000, onError: () => {} });
      const { result, ms } = await elapsed(() => db.prisma.office.count().catch((error: unknown) => error));
      expect(result).toBeInstanceOf(Error);
      expect(ms).toBeLessThan(3_000);
      await db.close();
    });
  });
});
