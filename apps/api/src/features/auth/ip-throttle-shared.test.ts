// The per-IP throttle holds across API instances: two apps, each with its own connection pool to
// one database, as two processes behind a balancer would be. 25 sign-in attempts from one address
// spread over both: exactly 20 are answered and 5 get 429. With each instance counting in its own
// memory (the plugin's default store) all 25 would be answered.
import { createDb, type Db } from '@cos/db';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { securityPolicy } from '@cos/security';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { createTestClock } from '../../lib/clock.ts';
import { testSecrets } from '../../testing/test-app.ts';

let database: TestDatabase;
let secondDb: Db;
const apps: App[] = [];
const clock = createTestClock();

beforeAll(async () => {
  database = await createTestDatabase();
  secondDb = createDb({ url: database.url, poolMax: 4 });
  for (const db of [database.db, secondDb]) {
    const app = await buildApp({
      db,
      secrets: testSecrets,
      policy: securityPolicy,
      clock,
      logger: false,
      loadShedding: false,
    });
    await app.ready();
    apps.push(app);
  }
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await secondDb.close();
  await database.drop();
});

const signIn = (app: App, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { userId: 'nobody.here', password: 'not the password at all' },
    remoteAddress,
  });

it('allows 20 sign-in attempts a minute from one address in total, whichever instance answers', async () => {
  const statuses = await Promise.all(
    Array.from({ length: 25 }, (_, index) =>
      signIn(apps[index % 2]!, '198.51.100.20').then((r) => r.statusCode),
    ),
  );
  expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  expect(statuses.filter((status) => status !== 429)).toHaveLength(20);
  // Another address still has its own allowance, on either instance.
  expect((await signIn(apps[1]!, '198.51.100.21')).statusCode).not.toBe(429);
});

it('gives a fresh allowance once the window has passed, and clears old windows', async () => {
  expect((await signIn(apps[0]!, '198.51.100.20')).statusCode).toBe(429);
  clock.advance(61_000);
  expect((await signIn(apps[1]!, '198.51.100.20')).statusCode).not.toBe(429);
  // The next count after a further minute deletes rows whose window ended over a minute before.
  clock.advance(3 * 61_000);
  await signIn(apps[0]!, '198.51.100.99');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stale = await database.db.pool.query(
    'SELECT key FROM ip_throttle_counters WHERE window_ends_at < $1',
    [new Date(clock.now().getTime() - 60_000)],
  );
  expect(stale.rowCount).toBe(0);
});
