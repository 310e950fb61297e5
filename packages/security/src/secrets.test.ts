import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretsError, resolveSecrets } from './secrets.ts';

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cos-secrets-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const key = () => randomBytes(32).toString('base64');

describe('resolveSecrets', () => {
  it('generates keys once outside production and reuses them on the next start', () => {
    const first = resolveSecrets({ nodeEnv: 'development', dataDir, provided: {} });
    expect(first.ssnEncryptionKey.length).toBe(32);
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.ssnHashKey.equals(first.ssnEncryptionKey)).toBe(false);

    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = resolveSecrets({ nodeEnv: 'test', dataDir, provided: {} });
    expect(second.ssnHashKey.equals(first.ssnHashKey)).toBe(true);
    expect(second.fieldEncryptionKey.equals(first.fieldEncryptionKey)).toBe(true);
    expect(second.jwtSecret.equals(first.jwtSecret)).toBe(true);
  });

  it('prefers provided values and stores only what it had to generate', () => {
    const provided = { ssnHashKey: key(), jwtSecret: randomBytes(48).toString('base64') };
    const secrets = resolveSecrets({ nodeEnv: 'development', dataDir, provided });
    expect(secrets.ssnHashKey.toString('base64')).toBe(provided.ssnHashKey);
    expect(secrets.jwtSecret.length).toBe(48);
    const stored = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
    expect(stored).not.toContain(provided.ssnHashKey);
    expect(JSON.parse(stored)).toHaveProperty('ssnEncryptionKey');
  });

  it('completes an older file without changing the keys it holds', () => {
    const ssnEncryptionKey = key();
    writeFileSync(join(dataDir, 'secrets.json'), JSON.stringify({ ssnEncryptionKey }), { mode: 0o600 });
    const secrets = resolveSecrets({ nodeEnv: 'development', dataDir, provided: {} });
    expect(secrets.ssnEncryptionKey.toString('base64')).toBe(ssnEncryptionKey);
    const again = resolveSecrets({ nodeEnv: 'development', dataDir, provided: {} });
    expect(again.fieldEncryptionKey.equals(secrets.fieldEncryptionKey)).toBe(true);
  });

  it('refuses to generate anything in production and names the missing variables', () => {
    const run = () => resolveSecrets({ nodeEnv: 'production', dataDir, provided: { jwtSecret: key() } });
    expect(run).toThrow(SecretsError);
    expect(run).toThrow(/SSN_ENCRYPTION_KEY, SSN_HASH_KEY, FIELD_ENCRYPTION_KEY/);
    expect(() => readFileSync(join(dataDir, 'secrets.json'))).toThrow();
  });

  it('accepts complete production configuration', () => {
    const provided = {
      jwtSecret: key(),
      ssnEncryptionKey: key(),
      ssnHashKey: key(),
      fieldEncryptionKey: key(),
    };
    const secrets = resolveSecrets({ nodeEnv: 'production', dataDir, provided });
    expect(secrets.fieldEncryptionKey.toString('base64')).toBe(provided.fieldEncryptionKey);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['not base64', 'this is not base64 at all!!'],
    ['too long for an AES key', randomBytes(33).toString('base64')],
  ])('rejects a provided key that is %s, naming its variable', (_label, value) => {
    expect(() =>
      resolveSecrets({
        nodeEnv: 'production',
        dataDir,
        provided: {
          jwtSecret: key(),
          ssnEncryptionKey: value,
          ssnHashKey: key(),
          fieldEncryptionKey: key(),
        },
      }),
    ).toThrow(/SSN_ENCRYPTION_KEY must be base64 of exactly 32 bytes/);
  });

  it('refuses a corrupt secrets file instead of replacing the keys', () => {
    writeFileSync(join(dataDir, 'secrets.json'), '{ not json');
    expect(() => resolveSecrets({ nodeEnv: 'development', dataDir, provided: {} })).toThrow(
      /not a valid secrets file/,
    );
  });
});
