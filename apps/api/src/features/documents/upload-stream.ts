// Streams one uploaded file into storage while counting, hashing and keeping its first bytes for
// type detection — the file is never held whole in memory (ten parallel 10 MB uploads would be
// 100 MB of buffers).
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { DocumentStorage } from '../../lib/document-storage.ts';
import { SNIFF_BYTES } from './content-type.ts';

export interface StoredUpload {
  sizeBytes: number;
  sha256: string;
  head: Buffer;
}

export async function streamToStorage(storage: DocumentStorage, key: string, file: Readable): Promise<StoredUpload> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      if (headBytes < SNIFF_BYTES) {
        headChunks.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  // pipe() does not pass an error on: a broken upload must fail the write, not leave it waiting.
  file.once('error', (error) => meter.destroy(error));
  await storage.put(key, file.pipe(meter));
  return { sizeBytes, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
}
