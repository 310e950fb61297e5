// The S3 document store against an S3-compatible server started here: @20minutes/s3rver, a stand-in
// for the cloud object storage an agency would use (nothing of ours; it speaks the S3 protocol the
// SDK talks to AWS, MinIO or Ceph). The same contract as the PostgreSQL store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey } from '../document-storage.ts';
import { createS3DocumentStorage } from './s3.ts';
import { documentStorageContract } from './storage-contract.ts';
import { Readable } from 'node:stream';
import { HeadObjectCommand } from '@aws-sdk/client-s3';

let server: S3rver;
let folder: string;
let storage: ReturnType<typeof createS3DocumentStorage>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cos-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: 'cos-documents' }],
  });
  const address = await server.run();
  storage = createS3DocumentStorage({
    bucket: 'cos-documents',
    prefix: 'documents/',
    endpoint: `http://127.0.0.1:${address.port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

documentStorageContract('S3', () => storage);

describe('S3 document store', () => {
  it('keeps objects under its prefix, named by the opaque key only', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('%PDF-1.7')]));
    const head = (Key: string) =>
      storage.client.send(new HeadObjectCommand({ Bucket: 'cos-documents', Key })).then(
        (found) => found.ContentLength,
        () => null,
      );
    expect(await head(`documents/${key}`)).toBe(8);
    expect(await head(key)).toBeNull();
  });
});
