// One behaviour for every DocumentStorage: each store's test file runs this suite against it
// (postgres.test.ts against a real PostgreSQL, s3.test.ts against an S3-compatible test server).
import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { newStorageKey, type DocumentStorage } from '../document-storage.ts';

const streamOf = (bytes: Buffer, pieceBytes = 64 * 1024) =>
  Readable.from(
    (function* pieces() {
      for (let at = 0; at < bytes.length; at += pieceBytes) yield bytes.subarray(at, at + pieceBytes);
    })(),
  );

export function documentStorageContract(name: string, storage: () => DocumentStorage) {
  describe(`${name}: the DocumentStorage contract`, () => {
    it('gives back exactly the bytes it was given, across many chunks', async () => {
      const key = newStorageKey();
      const bytes = randomBytes(700 * 1024 + 13);
      await storage().put(key, streamOf(bytes));
      const read = await storage().get(key);
      expect(read).not.toBeNull();
      expect((await buffer(read!)).equals(bytes)).toBe(true);
    });

    it('keeps an empty file', async () => {
      const key = newStorageKey();
      await storage().put(key, Readable.from([]));
      expect((await buffer((await storage().get(key))!)).length).toBe(0);
    });

    it('answers null for a key it does not hold, and deletes idempotently', async () => {
      const key = newStorageKey();
      expect(await storage().get(key)).toBeNull();
      await storage().delete(key);
      await storage().put(key, streamOf(Buffer.from('%PDF-1.7 hello')));
      await storage().delete(key);
      expect(await storage().get(key)).toBeNull();
      await storage().delete(key);
    });

    it('shows a file to readers only once it is complete', async () => {
      const key = newStorageKey();
      const source = new PassThrough();
      const writing = storage().put(key, source);
      source.write(randomBytes(300 * 1024));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storage().get(key)).toBeNull();
      source.end(Buffer.from('end'));
      await writing;
      expect((await buffer((await storage().get(key))!)).length).toBe(300 * 1024 + 3);
    });

    it('leaves nothing behind when the upload breaks off mid-file', async () => {
      const key = newStorageKey();
      const source = new PassThrough();
      const writing = storage().put(key, source);
      source.write(randomBytes(600 * 1024));
      setTimeout(() => source.destroy(new Error('client went away')), 100);
      await expect(writing).rejects.toThrow();
      expect(await storage().get(key)).toBeNull();
    });

    it('refuses a key that is not one of its own (no path or object name can be smuggled in)', async () => {
      await expect(storage().put('../../etc/passwd', Readable.from([Buffer.from('x')]))).rejects.toThrow(
        'invalid storage key',
      );
      await expect(storage().get('a/b')).rejects.toThrow('invalid storage key');
    });
  });
}
