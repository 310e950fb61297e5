// Builds the real app against a fresh, migrated PostgreSQL database of its own (see
// @cos/db/testing) with a clock the test can move, fixed test keys and the default security
// policy — except the per-IP throttle, raised so that tests firing many requests from one address
// are not cut off; a throttle test asks for the real one with `realThrottle: true`.
import { createTestDatabase } from '@cos/db/testing';
import { createSsnCipher, parseSecurityPolicy, securityPolicy, type ResolvedSecrets } from '@cos/security';
import { buildApp, type BuildAppOptions } from '../app.ts';
import { createTestClock } from '../lib/clock.ts';
import type { JobsOptions } from '../plugins/app/jobs.ts';

/** Never used outside tests: fixed, so fixtures can compute SSN lookup hashes and sign tokens. */
export const testSecrets: ResolvedSecrets = {
  jwtSecret: Buffer.alloc(32, 'test-jwt-secret-'),
  ssnEncryptionKey: Buffer.alloc(32, 1),
  ssnHashKey: Buffer.alloc(32, 2),
  fieldEncryptionKey: Buffer.alloc(32, 3),
};

export const testSsnCipher = createSsnCipher({
  encryptionKey: testSecrets.ssnEncryptionKey,
  hashKey: testSecrets.ssnHashKey,
});

export const relaxedThrottlePolicy = parseSecurityPolicy({ ipThrottle: { maxRequests: 100_000 } });

export type TestAppOptions = Partial<BuildAppOptions> & {
  realThrottle?: boolean;
  /** Start the job runner on the test's database (its URL filled in). */
  withJobs?: Omit<JobsOptions, 'databaseUrl'>;
};

export async function createTestApp(options: TestAppOptions = {}) {
  const { realThrottle = false, withJobs, ...overrides } = options;
  const database = await createTestDatabase();
  const clock = createTestClock();
  const app = await buildApp({
    db: database.db,
    secrets: testSecrets,
    policy: realThrottle ? securityPolicy : relaxedThrottlePolicy,
    clock,
    logger: false,
    loadShedding: false,
    ...(withJobs ? { jobs: { ...withJobs, databaseUrl: database.url } } : {}),
    ...overrides,
  });
  await app.ready();
  return {
    app,
    clock,
    db: database.db,
    /** The database's URL, for a second instance or the job runner. */
    databaseUrl: database.url,
    prisma: database.db.prisma,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
