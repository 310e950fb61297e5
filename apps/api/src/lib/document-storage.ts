// Uploaded documents live behind one small interface, addressed by an opaque random key, so services
// never build a path and never see a file name. Two stores serve the API, so that every instance
// sees the same files: PostgreSQL (document-storage/postgres.ts, the default) and S3-compatible
// object storage (document-storage/s3.ts); DOCUMENT_STORAGE picks one (document-storage/configured.ts).
// The local-disk store below is what the API used before several instances: it stays as the source
// the one-off `pnpm documents:migrate` reads DATA_DIR/documents from, and is never served.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface DocumentStorage {
  /** Stores the stream under `key`; the file appears only once it is complete. */
  put(key: string, content: Readable): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Readable | null>;
  /** Removes what is stored under `key` (nothing when absent). */
  delete(key: string): Promise<void>;
}

/** 256 random bits, URL-safe: never derived from the file name or anything the parent chose. */
export function newStorageKey(): string {
  return randomBytes(32).toString('base64url');
}

const KEY = /^[A-Za-z0-9_-]{43}$/;

export function checkedKey(key: string): string {
  // A key from the database is always ours; checking it anyway means no path can ever be built
  // from anything else ("../", a slash, a dot).
  if (!KEY.test(key)) throw new Error('invalid storage key');
  return key;
}

const inside = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * Local disk under `root`. `publicRoots` are the folders the server serves (the built apps): the
 * storage refuses to live inside one of them, so a misconfiguration fails at start, not in a breach.
 */
export function createLocalDocumentStorage(
  root: string,
  publicRoots: readonly string[] = [],
): DocumentStorage & { root: string; pathOf(key: string): string; keys(): AsyncGenerator<string> } {
  const base = resolve(root);
  for (const publicRoot of publicRoots) {
    if (inside(base, resolve(publicRoot)) || inside(resolve(publicRoot), base)) {
      throw new Error(
        `Document storage ${base} must not be inside or around a served folder (${publicRoot})`,
      );
    }
  }
  // Two characters of the key as a sub-folder keep any one folder small.
  const pathOf = (key: string) => join(base, checkedKey(key).slice(0, 2), key);

  /** Every complete file's key (a `.partial` left by a crash is not a file). */
  async function* keys(): AsyncGenerator<string> {
    const folders = await readdir(base, { withFileTypes: true }).catch(() => []);
    for (const folder of folders) {
      if (!folder.isDirectory()) continue;
      for (const entry of await readdir(join(base, folder.name), { withFileTypes: true })) {
        if (entry.isFile() && KEY.test(entry.name) && entry.name.startsWith(folder.name)) yield entry.name;
      }
    }
  }

  return {
    root: base,
    pathOf,
    keys,
    async put(key, content) {
      const target = pathOf(key);
      const partial = `${target}.partial`;
      await mkdir(join(base, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      try {
        await pipeline(content, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const path = pathOf(key);
      const found = await stat(path).catch(() => null);
      return found?.isFile() ? createReadStream(path) : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
