// The one-off move of documents uploaded before the shared stores existed: every file under
// DATA_DIR/documents that a `documents` row refers to is copied into the configured store, then read
// back and checked against the row's sha256. Safe to run again (a file the store already holds is
// left alone) and it never deletes the source folder: the operator removes it once satisfied.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DocumentStorage } from '../document-storage.ts';

export interface MigrationReport {
  copied: number;
  /** Already in the target store (an earlier run). */
  alreadyThere: number;
  /** Files on disk no document refers to (an upload that failed before its row): not copied. */
  unreferenced: number;
  /** Copied bytes that did not match the row's sha256: removed from the target, source kept. */
  mismatched: string[];
}

async function sha256Of(content: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of content) hash.update(chunk);
  return hash.digest('hex');
}

export async function migrateLocalDocuments(deps: {
  pool: pg.Pool;
  source: DocumentStorage & { keys(): AsyncGenerator<string> };
  target: DocumentStorage;
  log?: (line: string) => void;
}): Promise<MigrationReport> {
  const { pool, source, target, log = () => undefined } = deps;
  const report: MigrationReport = { copied: 0, alreadyThere: 0, unreferenced: 0, mismatched: [] };
  for await (const key of source.keys()) {
    const row = await pool.query<{ sha256: string }>('SELECT sha256 FROM documents WHERE storage_key = $1', [
      key,
    ]);
    const expected = row.rows[0]?.sha256;
    if (!expected) {
      report.unreferenced += 1;
      continue;
    }
    const existing = await target.get(key);
    if (existing) {
      existing.destroy();
      report.alreadyThere += 1;
      continue;
    }
    const content = await source.get(key);
    if (!content) continue;
    await target.put(key, content);
    const copied = await target.get(key);
    if (!copied || (await sha256Of(copied)) !== expected) {
      await target.delete(key);
      report.mismatched.push(key);
      log(`document ${key}: copy does not match its checksum; removed from the target, source kept`);
      continue;
    }
    report.copied += 1;
  }
  return report;
}
