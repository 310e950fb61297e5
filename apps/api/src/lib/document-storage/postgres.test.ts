// The PostgreSQL document store against a real database: the shared contract, then what only this
// store promises — 256 KiB rows both ways (a 10 MB file is never one buffer) and the sweep of
// uploads a killed process left incomplete.
import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClock } from '../clock.ts';
import { newStorageKey } from '../document-storage.ts';
import {
  CHUNK_BYTES,
  chunksOf,
  createPostgresDocumentStorage,
  type PostgresDocumentStorage,
} from './postgres.ts';
import { documentStorageContract } from './storage-contract.ts';

let database: TestDatabase;
let storage: PostgresDocumentStorage;
const clock = createTestClock();

beforeAll(async () => {
  database = await createTestDatabase();
  storage = createPostgresDocumentStorage({ pool: database.db.pool, clock });
});
afterAll(async () => database.drop());

documentStorageContract('PostgreSQL', () => storage);

describe('PostgreSQL document store', () => {
  it('writes a 10 MB file as 256 KiB rows and reads it back a row at a time', async () => {
    const key = newStorageKey();
    const bytes = randomBytes(10 * 1024 * 1024);
    // Arrives in the 64 KiB pieces a socket delivers.
    await storage.put(
      key,
      Readable.from(
        (function* pieces() {
          for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
        })(),
      ),
    );
    const rows = await database.db.pool.query<{ seq: number; bytes: number }>(
      'SELECT seq, length(data) AS bytes FROM document_file_chunks WHERE storage_key = $1 ORDER BY seq',
      [key],
    );
    expect(rows.rows).toHaveLength(40);
    expect(rows.rows.every((row) => row.bytes === CHUNK_BYTES)).toBe(true);

    const pieces: number[] = [];
    const received: Buffer[] = [];
    for await (const piece of (await storage.get(key))!) {
      pieces.push((piece as Buffer).length);
      received.push(piece as Buffer);
    }
    expect(Math.max(...pieces)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
  });

  it('sweeps an upload left incomplete for over an hour, chunks and all', async () => {
    const key = newStorageKey();
    const source = new PassThrough();
    const writing = storage.put(key, source);
    source.write(randomBytes(CHUNK_BYTES + 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = async () =>
      (await database.db.pool.query('SELECT 1 FROM document_file_chunks WHERE storage_key = $1', [key]))
        .rowCount;
    expect(await count()).toBe(1);

    expect(await storage.sweepAbandoned()).toBe(0);
    clock.advance(61 * 60 * 1000);
    expect(await storage.sweepAbandoned()).toBe(1);
    expect(await count()).toBe(0);
    // The late end of that upload fails instead of reporting a file that is not there.
    source.end(Buffer.from('late'));
    await expect(writing).rejects.toThrow();
    expect(await storage.get(key)).toBeNull();
  });
});

describe('chunksOf', () => {
  it('re-cuts any pieces into exact chunks with a shorter last one', async () => {
    const out: number[] = [];
    for await (const chunk of chunksOf(Readable.from([Buffer.alloc(5), Buffer.alloc(7), Buffer.alloc(1)]), 4))
      out.push(chunk.length);
    expect(out).toEqual([4, 4, 4, 1]);
  });
});
