// The only reader of process.env. Parsed once with zod at start; a bad value stops start-up with a
// message naming the variable, never a half-configured server.
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { repoRoot } from './lib/paths.ts';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * The owner of the schema, used only to migrate; DATABASE_URL is then the runtime login, a
   * member of cos_runtime that owns nothing (docs/security.md, "Two database roles").
   */
  MIGRATE_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  TRUST_PROXY: commaList.default([]),
  /** The portal's and the console's public origins (scheme://host[:port]); docs/security.md, "One origin per app". */
  PORTAL_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  CONSOLE_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  /**
   * The deployment is reached over HTTPS: refresh cookies are `__Host-` prefixed (Secure, Path=/,
   * no Domain). Unset: on in production, off elsewhere (plain-HTTP development keeps today's names).
   */
  COOKIE_SECURE: booleanString.optional(),
  // On SIGTERM, how long new requests are answered 503 before the socket closes (plugins/app/drain.ts);
  // within close-with-grace's 15 s.
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(10_000).default(3000),
  // Where uploaded documents are kept (lib/document-storage.ts): PostgreSQL by default, or an
  // S3-compatible bucket. Credentials for S3 come from the SDK's default chain unless both keys are set.
  DOCUMENT_STORAGE: z.enum(['postgres', 's3']).default('postgres'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanString.default(false),
  S3_PREFIX: z.string().default('documents/'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Unset: the demo data goes into the embedded database only, never into one named by DATABASE_URL.
  SEED_DEMO_DATA: booleanString.optional(),
  // false: a release job (`node dist/migrate.js`) applies migrations and the instances only check.
  MIGRATE_ON_START: booleanString.default(true),
  // Prometheus metrics on their own listener, never on the public port (README.md, "Run in production").
  // 0 picks any free port (several instances on one machine, tests).
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  SERVE_APPS: booleanString.default(true),
  JWT_SECRET: z.string().min(1).optional(),
  SSN_ENCRYPTION_KEY: z.string().min(1).optional(),
  SSN_HASH_KEY: z.string().min(1).optional(),
  FIELD_ENCRYPTION_KEY: z.string().min(1).optional(),
  // Parents' passkeys: the RP id is the site's registrable domain (no scheme, no port); the
  // origins are the full origins the portal is served from. Unset: localhost and PORT.
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'a host name such as portal.example.gov')
    .optional(),
  WEBAUTHN_RP_NAME: z.string().min(1).max(64).default('Customer Online Services'),
  WEBAUTHN_ORIGINS: commaList.pipe(z.array(z.url({ protocol: /^https?$/ })).min(1)).optional(),
  // Background jobs: in this process (inline) or only in the worker process (separate, pnpm worker).
  WORKER: z.enum(['inline', 'separate']).default('inline'),
  // The agency's mail relay: smtp://user:pass@host:587 (STARTTLS) or smtps://host:465. Required in
  // production; elsewhere, without it, email goes to the development catcher (the console lists it).
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Georgia DCSS <no-reply@dcss.example.gov>'),
  // Refuse to send unless the relay upgrades the connection with STARTTLS.
  SMTP_REQUIRE_TLS: booleanString.default(false),
  // Verify the relay's certificate; false only for a private relay with its own certificate.
  SMTP_TLS_REJECT_UNAUTHORIZED: booleanString.default(true),
  // How often the outbox sender looks for due email.
  OUTBOX_POLL_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
  // The card processor's webhook signing secret (docs/security.md); webhooks answer 503 without it.
  PAYMENT_WEBHOOK_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  PAYMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).optional(),
  // The test processor's port outside production; 0 (default): a free port chosen at start.
  TEST_PROCESSOR_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
});

export type Env = z.infer<typeof EnvSchema> & {
  /** DATA_DIR resolved against the repository root. */
  dataDir: string;
  /** The passkeys' relying party, from WEBAUTHN_* (defaults: localhost and PORT). */
  relyingParty: { id: string; name: string; origins: string[] };
  /** `POLICY_*` variables, handed to the security policy module, which validates them. */
  policyOverrides: Record<string, string>;
};

export class EnvError extends Error {}

const KEY_VARIABLES = ['JWT_SECRET', 'SSN_ENCRYPTION_KEY', 'SSN_HASH_KEY', 'FIELD_ENCRYPTION_KEY'] as const;

/**
 * What production refuses outright (docs/security.md, "Safe defaults"): each refusal names the
 * variable, so an operator who forgot one sees which in a single line, and nothing has started yet.
 */
function productionRefusals(env: z.infer<typeof EnvSchema>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const refusals: string[] = [];
  if (!env.DATABASE_URL) {
    refusals.push(
      'DATABASE_URL is required when NODE_ENV=production (the embedded database is for development)',
    );
  }
  const missingKeys = KEY_VARIABLES.filter((name) => !env[name]);
  if (missingKeys.length > 0) {
    refusals.push(
      `${missingKeys.join(', ')} required when NODE_ENV=production (base64 of 32 random bytes each; generated keys are for development)`,
    );
  }
  if (!env.SMTP_URL) {
    refusals.push('SMTP_URL is required when NODE_ENV=production (the mail relay, smtp:// or smtps://)');
  }
  if (env.SEED_DEMO_DATA === true) {
    refusals.push(
      'SEED_DEMO_DATA=true is refused when NODE_ENV=production (demo data is never seeded there)',
    );
  }
  return refusals;
}

/** Document storage settings that only make sense together. */
function storageProblems(env: z.infer<typeof EnvSchema>): string[] {
  const problems: string[] = [];
  if (env.DOCUMENT_STORAGE === 's3' && !env.S3_BUCKET)
    problems.push('S3_BUCKET: required when DOCUMENT_STORAGE=s3');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither');
  return problems;
}

/** Parses the environment; throws an EnvError whose message is one line naming each bad variable. */
export function loadEnv(rawSource: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set" (shells and CI files often export VAR= to clear one).
  const source = Object.fromEntries(Object.entries(rawSource).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  if (env.MIGRATE_DATABASE_URL && !env.DATABASE_URL) {
    throw new EnvError(
      'Invalid environment: MIGRATE_DATABASE_URL needs DATABASE_URL (the runtime login) beside it',
    );
  }
  const problems = storageProblems(env);
  if (problems.length > 0) throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
  const refusals = productionRefusals(env);
  if (refusals.length > 0) throw new EnvError(`Refusing to start: ${refusals.join('; ')}`);
  const policyOverrides = Object.fromEntries(
    Object.entries(source)
      .filter((entry): entry is [string, string] => entry[0].startsWith('POLICY_') && entry[1] !== undefined)
      .map(([key, value]) => [key.slice('POLICY_'.length), value]),
  );
  const dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(repoRoot, env.DATA_DIR);
  const relyingParty = {
    id: env.WEBAUTHN_RP_ID ?? 'localhost',
    name: env.WEBAUTHN_RP_NAME,
    origins: env.WEBAUTHN_ORIGINS ?? [`http://localhost:${env.PORT}`],
  };
  return { ...env, dataDir, relyingParty, policyOverrides };
}

/**
 * Whether to seed the demo data into an empty database: never in production; by default only into
 * the embedded database this process started (a DATABASE_URL may name a real agency database);
 * into an external one only when SEED_DEMO_DATA=true says so.
 */
export function shouldSeedDemoData(
  env: Pick<Env, 'NODE_ENV' | 'SEED_DEMO_DATA'>,
  embedded: boolean,
): boolean {
  if (env.NODE_ENV === 'production') return false;
  return env.SEED_DEMO_DATA ?? embedded;
}

/** The migrate command needs only the database (and no keys): a release job runs it alone. */
export function loadMigrateEnv(rawSource: NodeJS.ProcessEnv = process.env) {
  const source = Object.fromEntries(Object.entries(rawSource).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.pick({
    DATABASE_URL: true,
    MIGRATE_DATABASE_URL: true,
    LOG_LEVEL: true,
  }).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join('; ')}`);
  }
  const { DATABASE_URL, MIGRATE_DATABASE_URL, LOG_LEVEL } = parsed.data;
  if (!DATABASE_URL && !MIGRATE_DATABASE_URL)
    throw new EnvError(
      'Refusing to migrate: MIGRATE_DATABASE_URL (the schema owner) or DATABASE_URL is required (the database to migrate)',
    );
  return { DATABASE_URL, MIGRATE_DATABASE_URL, LOG_LEVEL };
}
