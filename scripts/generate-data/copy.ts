// Streams rows into PostgreSQL with COPY FROM STDIN (text format), the fastest way in: one
// statement per table, rows batched into large chunks so the stream machinery stays cheap.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;

/** Escapes a text value for COPY's text format (backslash, tab, newline, carriage return). */
export function text(value: string | null): string {
  if (value === null) return NULL;
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** bytea in hex form; the backslash itself is escaped for the text format. */
export const bytea = (value: Uint8Array): string => `\\\\x${Buffer.from(value).toString('hex')}`;

export type TableLoad = {
  table: string;
  columns: readonly string[];
  /** Each yielded string is one row: column values joined by tabs, no trailing newline. */
  rows: () => Iterable<string>;
};

function* chunks(rows: Iterable<string>, counter: { rows: number }): Generator<string> {
  let buffer: string[] = [];
  for (const row of rows) {
    buffer.push(row);
    counter.rows += 1;
    if (buffer.length === 2_000) {
      yield `${buffer.join('\n')}\n`;
      buffer = [];
    }
  }
  if (buffer.length > 0) yield `${buffer.join('\n')}\n`;
}

export async function copyTable(client: pg.ClientBase, load: TableLoad): Promise<number> {
  const counter = { rows: 0 };
  const columns = load.columns.map((column) => `"${column}"`).join(', ');
  const target = client.query(copyFrom(`COPY "${load.table}" (${columns}) FROM STDIN`));
  await pipeline(Readable.from(chunks(load.rows(), counter)), target);
  return counter.rows;
}
