// The document store the environment names (DOCUMENT_STORAGE): used by the server and by the
// one-off `pnpm documents:migrate`, so both always write to the same place.
import type pg from 'pg';
import type { Env } from '../../env.ts';
import type { Clock } from '../clock.ts';
import type { DocumentStorage } from '../document-storage.ts';
import { createPostgresDocumentStorage } from './postgres.ts';
import { createS3DocumentStorage } from './s3.ts';

export function configuredDocumentStorage(
  env: Pick<
    Env,
    | 'DOCUMENT_STORAGE'
    | 'S3_BUCKET'
    | 'S3_ENDPOINT'
    | 'S3_REGION'
    | 'S3_FORCE_PATH_STYLE'
    | 'S3_PREFIX'
    | 'S3_ACCESS_KEY_ID'
    | 'S3_SECRET_ACCESS_KEY'
  >,
  deps: { pool: pg.Pool; clock: Clock },
): DocumentStorage {
  if (env.DOCUMENT_STORAGE === 'postgres') return createPostgresDocumentStorage(deps);
  if (!env.S3_BUCKET) throw new Error('S3_BUCKET is required when DOCUMENT_STORAGE=s3');
  return createS3DocumentStorage({
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
