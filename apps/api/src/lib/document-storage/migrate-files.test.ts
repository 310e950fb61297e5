// `pnpm documents:migrate`: files from the old local folder land in the shared store, checked
// against their rows' sha256; a second run copies nothing; files no row refers to stay behind.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAccount, createPerson, createQuestions } from '../../testing/fixtures.ts';
import { createTestClock } from '../clock.ts';
import { createLocalDocumentStorage, newStorageKey } from '../document-storage.ts';
import { migrateLocalDocuments } from './migrate-files.ts';
import { createPostgresDocumentStorage } from './postgres.ts';

let database: TestDatabase;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  folder = await mkdtemp(join(tmpdir(), 'cos-migrate-documents-'));
});
afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

it('copies every referenced file into the store, verified, and is safe to run twice', async () => {
  const prisma = database.db.prisma;
  await createQuestions(prisma);
  const personId = await createPerson(prisma, {
    firstName: 'Ana',
    lastName: 'Diaz',
    dateOfBirth: '1990-01-01',
    ssn: '123-47-9911',
  });
  const accountId = await createAccount(prisma, personId, { userId: 'ana.migrates' });
  const source = createLocalDocumentStorage(folder);
  const files = [randomBytes(300 * 1024), randomBytes(10), randomBytes(1)];
  const keys: string[] = [];
  for (const [index, bytes] of files.entries()) {
    const key = newStorageKey();
    keys.push(key);
    await source.put(key, Readable.from([bytes]));
    // The last file is one whose row was never written (an upload that failed): not moved.
    if (index < 2)
      await prisma.document.create({
        data: {
          accountId,
          fileName: `f${index}.pdf`,
          contentType: 'application/pdf',
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storageKey: key,
          createdAt: new Date(),
        },
      });
  }
  const target = createPostgresDocumentStorage({ pool: database.db.pool, clock: createTestClock() });

  const first = await migrateLocalDocuments({ pool: database.db.pool, source, target });
  expect(first).toEqual({ copied: 2, alreadyThere: 0, unreferenced: 1, mismatched: [] });
  for (const index of [0, 1]) {
    expect((await buffer((await target.get(keys[index]!))!)).equals(files[index]!)).toBe(true);
  }
  expect(await target.get(keys[2]!)).toBeNull();

  const second = await migrateLocalDocuments({ pool: database.db.pool, source, target });
  expect(second).toEqual({ copied: 0, alreadyThere: 2, unreferenced: 1, mismatched: [] });
});

it('refuses a copy whose bytes do not match the row, keeping the source', async () => {
  const prisma = database.db.prisma;
  const account = await prisma.customerAccount.findFirstOrThrow({ select: { id: true } });
  const source = createLocalDocumentStorage(folder);
  const key = newStorageKey();
  await source.put(key, Readable.from([Buffer.from('changed on disk')]));
  await prisma.document.create({
    data: {
      accountId: account.id,
      fileName: 'tampered.pdf',
      contentType: 'application/pdf',
      sizeBytes: 15,
      sha256: createHash('sha256').update('what was uploaded').digest('hex'),
      storageKey: key,
      createdAt: new Date(),
    },
  });
  const target = createPostgresDocumentStorage({ pool: database.db.pool, clock: createTestClock() });
  const report = await migrateLocalDocuments({ pool: database.db.pool, source, target });
  expect(report.mismatched).toEqual([key]);
  expect(await target.get(key)).toBeNull();
  expect(await source.get(key)).not.toBeNull();
});
