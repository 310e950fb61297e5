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
  DATA_DIR: z.string().min(1).default('.data'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  TRUST_PROXY: commaList.default([]),
  SEED_DEMO_DATA: booleanString.default(true),
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

export function loadEnv(rawSource: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set" (shells and CI files often export VAR= to clear one).
  const source = Object.fromEntries(Object.entries(rawSource).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
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
