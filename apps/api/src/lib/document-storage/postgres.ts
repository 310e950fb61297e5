// Documents kept in PostgreSQL (DOCUMENT_STORAGE=postgres, the default): nothing extra to run, and
// every API instance sees the same files. A file is a `document_files` row plus 256 KiB rows in
// `document_file_chunks`, written and read one chunk at a time, so a 10 MB upload never sits whole
// in memory and never holds a pooled connection for longer than one chunk's INSERT (a slow client
// would otherwise pin a connection for its whole upload).
//
// Lifecycle: the file row is inserted first (complete = false), then the chunks, then one UPDATE
// sets complete — readers only ever see complete files. A failed write deletes its row (the chunks
// go with it, ON DELETE CASCADE). A process killed mid-upload leaves an incomplete row; rows
// incomplete for longer than an hour are swept on a later write.
import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { checkedKey, type DocumentStorage } from '../document-storage.ts';

/** 256 KiB: small enough to stream, large enough that a 10 MB file is only 40 rows. */
export const CHUNK_BYTES = 256 * 1024;
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Re-cuts a byte stream into pieces of exactly `size` bytes (the last one shorter). */
export async function* chunksOf(
  source: AsyncIterable<Buffer | string>,
  size: number,
): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = typeof piece === 'string' ? Buffer.from(piece) : piece;
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      pending.push(rest.subarray(0, take));
      yield Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      rest = rest.subarray(take);
    }
    if (rest.length > 0) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

export interface PostgresDocumentStorage extends DocumentStorage {
  /** Deletes files whose upload began over an hour ago and never completed; returns how many. */
  sweepAbandoned(): Promise<number>;
}

export function createPostgresDocumentStorage(deps: {
  pool: pg.Pool;
  clock: Clock;
}): PostgresDocumentStorage {
  const { pool, clock } = deps;
  let lastSweep = 0;

  async function sweepAbandoned(): Promise<number> {
    const cutoff = new Date(clock.now().getTime() - ABANDONED_AFTER_MS);
    const result = await pool.query('DELETE FROM document_files WHERE NOT complete AND created_at < $1', [
      cutoff,
    ]);
    return result.rowCount ?? 0;
  }

  return {
    sweepAbandoned,
    async put(key, content) {
      checkedKey(key);
      const now = clock.now();
      if (now.getTime() - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = now.getTime();
        // Housekeeping must never fail an upload.
        await sweepAbandoned().catch(() => 0);
      }
      // A key already in use fails here (primary key), like an exclusive create on disk.
      await pool.query('INSERT INTO document_files (storage_key, created_at) VALUES ($1, $2)', [key, now]);
      try {
        let seq = 0;
        let sizeBytes = 0;
        for await (const chunk of chunksOf(content, CHUNK_BYTES)) {
          await pool.query('INSERT INTO document_file_chunks (storage_key, seq, data) VALUES ($1, $2, $3)', [
            key,
            seq,
            chunk,
          ]);
          seq += 1;
          sizeBytes += chunk.length;
        }
        const completed = await pool.query(
          'UPDATE document_files SET complete = true, size_bytes = $2, chunk_count = $3 WHERE storage_key = $1',
          [key, sizeBytes, seq],
        );
        // Swept as abandoned while it was still arriving (an upload slower than an hour).
        if (completed.rowCount !== 1) throw new Error('document upload expired before it completed');
      } catch (error) {
        await pool.query('DELETE FROM document_files WHERE storage_key = $1', [key]).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      const found = await pool.query<{ chunk_count: number }>(
        'SELECT chunk_count FROM document_files WHERE storage_key = $1 AND complete',
        [checkedKey(key)],
      );
      const chunkCount = found.rows[0]?.chunk_count;
      if (chunkCount === undefined) return null;
      async function* chunks() {
        for (let seq = 0; seq < chunkCount!; seq += 1) {
          const row = await pool.query<{ data: Buffer }>(
            'SELECT data FROM document_file_chunks WHERE storage_key = $1 AND seq = $2',
            [key, seq],
          );
          const data = row.rows[0]?.data;
          // Deleted while being read: end with an error rather than a silently short file.
          if (!data) throw new Error('document removed while being read');
          yield data;
        }
      }
      return ReadableStream.from(chunks(), { objectMode: false }) as Readable;
    },
    async delete(key) {
      await pool.query('DELETE FROM document_files WHERE storage_key = $1', [checkedKey(key)]);
    },
  };
}
