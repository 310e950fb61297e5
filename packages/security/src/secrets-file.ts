// The development secrets file: created once, exclusively, with mode 0600. Several processes may
// start at the same moment (the API and a test run, or parallel test workers); linking a complete
// temporary file into place is atomic and fails if the file appeared meanwhile, so every process
// ends up with the same keys and nobody reads a half-written file.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { z } from 'zod';

type StoredSecrets = Record<string, string>;

const fileSchema = z.record(z.string(), z.string());

function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** The stored values, or {} when there is no file yet. A corrupt file stops the process: replacing
 * it would lose the keys that decrypt existing data. */
export function readSecretsFile(path: string): StoredSecrets {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return {};
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not a valid secrets file; fix or remove it`);
  return parsed.data;
}

/** Writes `values` unless another process won the race; returns what is on disk afterwards. */
export function writeSecretsFile(path: string, values: StoredSecrets): StoredSecrets {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const text = `${JSON.stringify(values, null, 2)}\n`;
  writeFileSync(temporary, text, { mode: 0o600 });
  try {
    try {
      linkSync(temporary, path);
      return values;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const existing = readSecretsFile(path);
    if (Object.keys(values).every((name) => existing[name])) return existing;
    // An older file lacks a key: complete it, keeping every value it already holds.
    const merged = { ...values, ...existing };
    writeFileSync(temporary, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
    return merged;
  } finally {
    rmSync(temporary, { force: true });
  }
}
