// Streams one uploaded file into storage while counting, hashing and keeping its first bytes for
// type detection — the file is never held whole in memory (ten parallel 10 MB uploads would be
// 100 MB of buffers).
import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import type { DocumentStorage } from '../../lib/document-storage.ts';
import { SNIFF_BYTES } from './content-type.ts';

export interface StoredUpload {
  sizeBytes: number;
  sha256: string;
  head: Buffer;
}

export async function streamToStorage(
  storage: DocumentStorage,
  key: string,
  file: Readable,
): Promise<StoredUpload> {
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
  // pipeline(), not pipe(): a broken upload (the body ends mid-file) destroys the meter with the
  // error, so the write fails instead of waiting; pipe() plus a forwarded error re-emitted it on the
  // meter after the write had settled, with no listener left — an uncaught exception that stops the
  // process. The write reports the error; this callback has nothing to add.
  pipeline(file, meter, () => {});
  await storage.put(key, meter);
  return { sizeBytes, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
}
