// The keys the API needs (JWT signing, SSN encryption and lookup, other encrypted fields). Production
// must provide every one; elsewhere missing keys are generated once and kept in the data folder, so a
// newcomer's `npm start` needs no set-up and a restart can still decrypt yesterday's SSNs.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readSecretsFile, writeSecretsFile } from './secrets-file.ts';

export const SECRET_NAMES = ['jwtSecret', 'ssnEncryptionKey', 'ssnHashKey', 'fieldEncryptionKey'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
export type ResolvedSecrets = Record<SecretName, Buffer>;

/** The environment variable that carries each secret (base64 of 32 random bytes). */
export const SECRET_ENV_NAMES: Readonly<Record<SecretName, string>> = Object.freeze({
  jwtSecret: 'JWT_SECRET',
  ssnEncryptionKey: 'SSN_ENCRYPTION_KEY',
  ssnHashKey: 'SSN_HASH_KEY',
  fieldEncryptionKey: 'FIELD_ENCRYPTION_KEY',
});

export const SECRETS_FILE_NAME = 'secrets.json';

export class SecretsError extends Error {
  override name = 'SecretsError';
}

export interface ResolveSecretsOptions {
  nodeEnv: string;
  dataDir: string;
  provided: Partial<Record<SecretName, string | undefined>>;
}

/** Decodes base64 strictly: Buffer.from silently skips bad characters, which would shorten a key. */
export function decodeSecret(name: SecretName, value: string): Buffer {
  const text = value.trim();
  const bytes = Buffer.from(text, 'base64');
  const canonical = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) && bytes.length > 0;
  const sizeOk = name === 'jwtSecret' ? bytes.length >= 32 : bytes.length === 32;
  if (!canonical || !sizeOk) {
    const size = name === 'jwtSecret' ? 'at least 32 bytes' : 'exactly 32 bytes';
    throw new SecretsError(
      `${SECRET_ENV_NAMES[name]} must be base64 of ${size} (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return bytes;
}

export function resolveSecrets({ nodeEnv, dataDir, provided }: ResolveSecretsOptions): ResolvedSecrets {
  const given = new Map<SecretName, string>();
  for (const name of SECRET_NAMES) {
    const value = provided[name]?.trim();
    if (value) given.set(name, value);
  }
  const missing = SECRET_NAMES.filter((name) => !given.has(name));

  if (missing.length > 0 && nodeEnv === 'production') {
    const vars = missing.map((name) => SECRET_ENV_NAMES[name]).join(', ');
    throw new SecretsError(
      `Missing secrets in production: set ${vars} (base64 of 32 random bytes each). ` +
        'Generated development keys are never used in production.',
    );
  }

  if (missing.length > 0) {
    const path = join(dataDir, SECRETS_FILE_NAME);
    const stored = readSecretsFile(path);
    const absent = missing.filter((name) => !stored[name]);
    if (absent.length > 0) {
      const generated = Object.fromEntries(absent.map((name) => [name, randomBytes(32).toString('base64')]));
      // Another process may have written the file meanwhile: the file's own values win.
      Object.assign(stored, writeSecretsFile(path, { ...stored, ...generated }));
    }
    for (const name of missing) {
      const value = stored[name];
      if (value) given.set(name, value);
    }
  }

  const decode = (name: SecretName): Buffer => {
    const value = given.get(name);
    if (value === undefined) throw new SecretsError(`${SECRET_ENV_NAMES[name]} could not be resolved`);
    return decodeSecret(name, value);
  };
  return {
    jwtSecret: decode('jwtSecret'),
    ssnEncryptionKey: decode('ssnEncryptionKey'),
    ssnHashKey: decode('ssnHashKey'),
    fieldEncryptionKey: decode('fieldEncryptionKey'),
  };
}
