// Builds the real app against a fresh, migrated PostgreSQL database of its own (see
// @cos/db/testing) with a clock the test can move. Tests drive it with inject().
import { createTestDatabase } from '@cos/db/testing';
import { buildApp, type BuildAppOptions } from '../app.ts';
import { createTestClock } from '../lib/clock.ts';

export async function createTestApp(overrides: Partial<BuildAppOptions> = {}) {
  const database = await createTestDatabase();
  const clock = createTestClock();
  const app = await buildApp({ db: database.db, clock, logger: false, ...overrides });
  await app.ready();
  return {
    app,
    clock,
    db: database.db,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
