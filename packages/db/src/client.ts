// The one place that builds the database connection. Prisma 7's pg pool has no connection timeout
// by default, so a dead database would make requests hang (PLATFORM.md): every limit is explicit.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type CreateDbOptions = {
  url: string;
  poolMax?: number;
  connectionTimeoutMs?: number;
  /** Server-side limit per statement; a runaway query is cancelled instead of holding a connection. */
  statementTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** Shows in pg_stat_activity, so an operator can tell which service holds connections. */
  applicationName?: string;
  /** Called for connection errors that have no query to fail (e.g. the server restarted). */
  onError?: (error: Error) => void;
};

export type Db = {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** True when the database answers `SELECT 1` within `timeoutMs`; never throws. */
  ping: (timeoutMs?: number) => Promise<boolean>;
  /** Disconnects Prisma and ends the pool; safe to call more than once. */
  close: () => Promise<void>;
};

// Slack between the server's statement timeout and the client's own, so the server's clearer error
// normally wins and the client timer only fires when the server cannot answer at all.
const CLIENT_TIMEOUT_GRACE_MS = 2_000;

export function createDb(options: CreateDbOptions): Db {
  const {
    url,
    poolMax = 10,
    connectionTimeoutMs = 5_000,
    statementTimeoutMs = 10_000,
    idleTimeoutMs = 30_000,
    applicationName = 'cos-api',
    onError = (error: Error) => console.error(`database connection error: ${error.message}`),
  } = options;

  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectionTimeoutMs,
    idleTimeoutMillis: idleTimeoutMs,
    statement_timeout: statementTimeoutMs,
    // A half-open TCP connection (server gone without a FIN) never answers: the client gives up too.
    query_timeout: statementTimeoutMs + CLIENT_TIMEOUT_GRACE_MS,
    application_name: applicationName,
    keepAlive: true,
  });
  // An idle client's error (server restart, network cut) is emitted on the pool; unhandled, it
  // would crash the process. The pool discards that client and makes a new one when needed.
  pool.on('error', onError);

  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { onPoolError: onError, onConnectionError: onError }),
  });

  async function ping(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    // pg honours a per-query `query_timeout` that @types/pg does not declare; it frees the pooled
    // connection of a ping that will never be answered.
    const query = { text: 'SELECT 1', query_timeout: timeoutMs };
    const answered = pool
      .query(query)
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= (async () => {
      await prisma.$disconnect().catch(() => {});
      await pool.end();
    })();
    return closing;
  }

  return { prisma, pool, ping, close };
}
