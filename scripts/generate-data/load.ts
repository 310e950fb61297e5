// Loads the synthetic data set with COPY on several connections at once. Tables that depend on
// each other share a transaction; independent chains run in parallel, which roughly halves the time
// on two cores because PostgreSQL, not row generation, is the bottleneck (foreign-key checks, WAL).
// A failure removes whatever the finished transactions committed, so no half data set is left.
import pg from 'pg';
import { casesTable, chargesTable, childrenTable, participantsTable, paymentsTable } from './case-tables.ts';
import type { GeneratorContext } from './context.ts';
import { copyTable, type TableLoad } from './copy.ts';
import { accountsTable, answersTable, peopleTable } from './people-tables.ts';
import { ExistingDataError, hasSyntheticData, removeSyntheticData } from './previous.ts';
import type { TableTiming } from './report.ts';

type MakeTable = (context: GeneratorContext) => TableLoad;
type Log = (line: string) => void;

// Stage 2 needs stage 1 committed: its foreign keys point at people and cases.
const STAGES: MakeTable[][][] = [
  [
    [peopleTable, accountsTable, answersTable],
    [casesTable, childrenTable],
  ],
  [[paymentsTable], [chargesTable], [participantsTable]],
];

async function connect(url: string, log: Log): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'cos-data-generator' });
  client.on('error', (error) => log(`database connection error: ${error.message}`));
  await client.connect();
  return client;
}

/** One chain of tables in one transaction. synchronous_commit off: a crash may lose the load, never corrupt. */
async function loadChain(
  url: string,
  chain: MakeTable[],
  context: GeneratorContext,
  log: Log,
): Promise<TableTiming[]> {
  const client = await connect(url, log);
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    await client.query('SET LOCAL statement_timeout = 0');
    const timings: TableTiming[] = [];
    for (const makeTable of chain) {
      const load = makeTable(context);
      const started = performance.now();
      const rows = await copyTable(client, load);
      timings.push({ table: load.table, rows, ms: performance.now() - started });
      log(
        `  ${load.table.padEnd(18)} ${rows.toLocaleString('en-US').padStart(12)} rows  ${((performance.now() - started) / 1000).toFixed(2)} s`,
      );
    }
    await client.query('COMMIT');
    return timings;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function loadSyntheticData(
  url: string,
  context: GeneratorContext,
  options: { replace: boolean; log: Log },
): Promise<{ timings: TableTiming[]; loadMs: number; analyzeMs: number }> {
  const { log } = options;
  const admin = await connect(url, log);
  try {
    if (await hasSyntheticData(admin)) {
      if (!options.replace)
        throw new ExistingDataError(
          'This database already holds a synthetic data set (user000001 …); pass --replace to delete it first',
        );
      const started = performance.now();
      await removeSyntheticData(admin);
      log(
        `Deleted the previous synthetic data set in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const timings: TableTiming[] = [];
    const loadStarted = performance.now();
    for (const stage of STAGES) {
      // allSettled: wait for every chain to finish (commit or roll back) before cleaning up.
      const results = await Promise.allSettled(stage.map((chain) => loadChain(url, chain, context, log)));
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) {
        log('Load failed; removing the tables already committed …');
        await removeSyntheticData(admin).catch((error: unknown) =>
          log(`Clean-up failed too: ${String(error)}; run again with --replace`),
        );
        throw failure.reason;
      }
      for (const result of results) if (result.status === 'fulfilled') timings.push(...result.value);
    }
    const loadMs = performance.now() - loadStarted;
    // Fresh statistics, so the planner uses the indexes the benchmarks expect straight away.
    const analyzeStarted = performance.now();
    await admin.query('SET statement_timeout = 0');
    await admin.query(`ANALYZE ${timings.map((timing) => `"${timing.table}"`).join(', ')}`);
    return { timings, loadMs, analyzeMs: performance.now() - analyzeStarted };
  } finally {
    await admin.end().catch(() => {});
  }
}
