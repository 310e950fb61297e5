// Timing of each table load, printed as a table and as the Markdown rows docs/benchmarks.md keeps.

export type TableTiming = { table: string; rows: number; ms: number };

const perSecond = (rows: number, ms: number): number => Math.round(rows / Math.max(ms / 1000, 0.001));
const fmt = (value: number): string => value.toLocaleString('en-US');

export function printReport(
  timings: TableTiming[],
  totals: { loadMs: number; analyzeMs: number },
  log: (line: string) => void,
): void {
  const rows = timings.reduce((total, timing) => total + timing.rows, 0);
  const width = Math.max(...timings.map((timing) => timing.table.length), 'all tables (load)'.length);
  log('');
  log(`${'table'.padEnd(width)}  ${'rows'.padStart(12)}  ${'seconds'.padStart(8)}  ${'rows/s'.padStart(10)}`);
  for (const { table, rows: count, ms } of timings) {
    log(
      `${table.padEnd(width)}  ${fmt(count).padStart(12)}  ${(ms / 1000).toFixed(2).padStart(8)}  ${fmt(perSecond(count, ms)).padStart(10)}`,
    );
  }
  log(
    `${'all tables (load)'.padEnd(width)}  ${fmt(rows).padStart(12)}  ${(totals.loadMs / 1000).toFixed(2).padStart(8)}  ${fmt(perSecond(rows, totals.loadMs)).padStart(10)}`,
  );
  const endToEnd = totals.loadMs + totals.analyzeMs;
  log(`Tables in one stage load in parallel, so their seconds overlap; "all tables" is wall-clock time.`);
  log(
    `ANALYZE ${(totals.analyzeMs / 1000).toFixed(2)} s; overall ${fmt(perSecond(rows, endToEnd))} rows/s including it`,
  );
  log('');
  log('Markdown rows for docs/benchmarks.md:');
  log('| table | rows | seconds | rows/s |');
  log('|---|---:|---:|---:|');
  for (const { table, rows: count, ms } of timings)
    log(`| ${table} | ${fmt(count)} | ${(ms / 1000).toFixed(2)} | ${fmt(perSecond(count, ms))} |`);
  log(
    `| **all (load)** | ${fmt(rows)} | ${(totals.loadMs / 1000).toFixed(2)} | ${fmt(perSecond(rows, totals.loadMs))} |`,
  );
  log(
    `| **overall incl. ANALYZE** | ${fmt(rows)} | ${(endToEnd / 1000).toFixed(2)} | ${fmt(perSecond(rows, endToEnd))} |`,
  );
}
