// Documents kept in S3-compatible object storage (DOCUMENT_STORAGE=s3): for an agency that already
// runs one, or files too many for the database. Uploads stream through the SDK's multipart Upload
// (5 MiB parts, one at a time), so a file is never whole in memory, and an object only appears
// once complete: a failed upload aborts its multipart upload and leaves nothing.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import { checkedKey, type DocumentStorage } from '../document-storage.ts';

export interface S3StorageConfig {
  bucket: string;
  /** Object key prefix, e.g. "documents/". */
  prefix?: string;
  region?: string | undefined;
  /** A non-AWS endpoint (MinIO, Ceph, a test server); AWS itself when absent. */
  endpoint?: string | undefined;
  forcePathStyle?: boolean | undefined;
  /** Explicit keys; the SDK's default chain (environment, profile, instance role) when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
}

const PART_BYTES = 5 * 1024 * 1024;

export function createS3DocumentStorage(config: S3StorageConfig): DocumentStorage & { client: S3Client } {
  const clientConfig: S3ClientConfig = {
    region: config.region ?? 'us-east-1',
    forcePathStyle: config.forcePathStyle ?? false,
    // Checksums on every request are the SDK's default since 3.729; some S3-compatible servers
    // reject them, and TLS already protects the bytes in transit.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  if (config.endpoint) clientConfig.endpoint = config.endpoint;
  if (config.credentials) clientConfig.credentials = config.credentials;
  const client = new S3Client(clientConfig);
  const prefix = config.prefix ?? '';
  const objectKey = (key: string) => `${prefix}${checkedKey(key)}`;

  return {
    client,
    async put(key, content) {
      const upload = new Upload({
        client,
        params: {
          Bucket: config.bucket,
          Key: objectKey(key),
          Body: content,
          ContentType: 'application/octet-stream',
        },
        queueSize: 1,
        partSize: PART_BYTES,
        leavePartsOnError: false,
      });
      await upload.done();
    },
    async get(key) {
      try {
        const found = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        return (found.Body as Readable | undefined) ?? null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
}
