// Safe defaults (docs/security.md): what production refuses, and when the demo data may be seeded.
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv, loadMigrateEnv, shouldSeedDemoData } from './env.ts';

const keys = {
  JWT_SECRET: 'a'.repeat(44),
  SSN_ENCRYPTION_KEY: 'b'.repeat(44),
  SSN_HASH_KEY: 'c'.repeat(44),
  FIELD_ENCRYPTION_KEY: 'd'.repeat(44),
};
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://cos@db.internal/cos',
  SMTP_URL: 'smtp://relay.internal:587',
  ...keys,
};

function refusal(source: NodeJS.ProcessEnv): string {
  try {
    loadEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).message;
  }
  throw new Error('expected a refusal');
}

describe('loadEnv in production', () => {
  it('accepts a complete configuration', () => {
    const env = loadEnv(production);
    expect(env.NODE_ENV).toBe('production');
    expect(env.METRICS_PORT).toBe(9464);
    expect(env.METRICS_HOST).toBe('127.0.0.1');
    expect(env.MIGRATE_ON_START).toBe(true);
  });

  it('refuses to start without DATABASE_URL (no embedded database), in one line', () => {
    const message = refusal({ ...production, DATABASE_URL: undefined });
    expect(message).toMatch(/DATABASE_URL is required when NODE_ENV=production/);
    expect(message).not.toContain('\n');
    // An empty value is "not set", as shells and CI files clear a variable.
    expect(refusal({ ...production, DATABASE_URL: '' })).toMatch(/DATABASE_URL/);
  });

  it('refuses to start without every key, naming the missing ones', () => {
    expect(refusal({ ...production, SMTP_URL: undefined })).toMatch(
      /SMTP_URL is required when NODE_ENV=production/,
    );
    const message = refusal({ ...production, SSN_HASH_KEY: undefined, FIELD_ENCRYPTION_KEY: '' });
    expect(message).toContain('SSN_HASH_KEY, FIELD_ENCRYPTION_KEY required when NODE_ENV=production');
    expect(message).not.toMatch(/JWT_SECRET|SSN_ENCRYPTION_KEY/);
    expect(message).not.toContain('\n');
  });

  it('refuses SEED_DEMO_DATA=true', () => {
    expect(refusal({ ...production, SEED_DEMO_DATA: 'true' })).toMatch(/SEED_DEMO_DATA=true is refused/);
    expect(loadEnv({ ...production, SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
  });

  it('names every problem at once, still on one line', () => {
    const message = refusal({ NODE_ENV: 'production', SEED_DEMO_DATA: 'yes' });
    expect(message).toMatch(/DATABASE_URL.*JWT_SECRET.*SEED_DEMO_DATA/);
    expect(message).not.toContain('\n');
  });

  it('reports a malformed value on one line naming the variable', () => {
    const message = refusal({ METRICS_PORT: 'ninety', MIGRATE_ON_START: 'maybe' });
    expect(message).toMatch(/^Invalid environment: .*MIGRATE_ON_START.*; METRICS_PORT/);
    expect(message).not.toContain('\n');
  });
});

describe('loadEnv outside production', () => {
  it('needs nothing: the embedded database and generated keys', () => {
    const env = loadEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO_DATA).toBeUndefined();
  });
});

describe('shouldSeedDemoData', () => {
  it('seeds the embedded database by default, an external one only when asked, production never', () => {
    const seeds = (NODE_ENV: 'development' | 'test' | 'production', SEED_DEMO_DATA?: boolean) => ({
      embedded: shouldSeedDemoData({ NODE_ENV, SEED_DEMO_DATA }, true),
      external: shouldSeedDemoData({ NODE_ENV, SEED_DEMO_DATA }, false),
    });
    expect(seeds('development')).toEqual({ embedded: true, external: false });
    expect(seeds('test')).toEqual({ embedded: true, external: false });
    expect(seeds('development', true)).toEqual({ embedded: true, external: true });
    expect(seeds('development', false)).toEqual({ embedded: false, external: false });
    expect(seeds('production', true)).toEqual({ embedded: false, external: false });
    expect(seeds('production')).toEqual({ embedded: false, external: false });
  });
});

describe('loadMigrateEnv', () => {
  it('needs DATABASE_URL and no keys', () => {
    expect(
      loadMigrateEnv({ NODE_ENV: 'production', DATABASE_URL: production.DATABASE_URL }).DATABASE_URL,
    ).toBe(production.DATABASE_URL);
    expect(() => loadMigrateEnv({})).toThrow(/DATABASE_URL is required/);
  });
});

describe('the passkeys relying party (WEBAUTHN_*)', () => {
  it('defaults to localhost on the port, and takes the configured RP id and origins', () => {
    expect(loadEnv({ PORT: '3100' }).relyingParty).toEqual({
      id: 'localhost',
      name: 'Customer Online Services',
      origins: ['http://localhost:3100'],
    });
    const env = loadEnv({
      WEBAUTHN_RP_ID: 'portal.example.gov',
      WEBAUTHN_ORIGINS: 'https://portal.example.gov, https://www.portal.example.gov',
    });
    expect(env.relyingParty).toMatchObject({
      id: 'portal.example.gov',
      origins: ['https://portal.example.gov', 'https://www.portal.example.gov'],
    });
  });

  it('refuses an RP id with a scheme and an origin that is not a URL, naming the variable', () => {
    expect(refusal({ WEBAUTHN_RP_ID: 'https://portal.example.gov' })).toMatch(/WEBAUTHN_RP_ID/);
    expect(refusal({ WEBAUTHN_ORIGINS: 'portal.example.gov' })).toMatch(/WEBAUTHN_ORIGINS/);
  });
});
