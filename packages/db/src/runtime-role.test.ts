// The API's runtime login is a member of cos_runtime (migration 20270115000000_runtime_role), not
// the owner of any table: it reads and writes rows, may add to the audit trail, and cannot switch
// off, remove or empty it (docs/security.md, "Two database roles").
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './client.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe('the runtime role', () => {
  let database: TestDatabase;
  let runtime: Db;
  const login = `runtime_probe_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.pool.query(`CREATE ROLE ${login} LOGIN PASSWORD '${password}' IN ROLE cos_runtime`);
    const url = new URL(database.url);
    url.username = login;
    url.password = password;
    runtime = createDb({ url: url.toString(), poolMax: 2 });
  });
  afterAll(async () => {
    await runtime?.close();
    await database?.db.pool.query(`DROP ROLE IF EXISTS ${login}`);
    await database?.drop();
  });

  it('connects as itself, not as the owner of any table', async () => {
    const { rows } = await runtime.pool.query<{ user: string; owned: string }>(
      `SELECT current_user AS "user",
              (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user)::text AS owned`,
    );
    expect(rows[0]).toEqual({ user: login, owned: '0' });
  });

  it('reads and writes the rows the API needs, and appends to the audit trail', async () => {
    const event = await runtime.prisma.auditEvent.create({
      data: { occurredAt: new Date(), action: 'sign_in', actorType: 'customer' },
    });
    const read = await runtime.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(read.action).toBe('sign_in');
    await expect(runtime.prisma.verificationAttempt.count()).resolves.toBeGreaterThanOrEqual(0);
    await runtime.prisma.verificationAttempt.create({
      data: { kind: 'probe', keyHash: 'k', succeeded: false, occurredAt: new Date() },
    });
    await expect(
      runtime.prisma.verificationAttempt.deleteMany({ where: { kind: 'probe' } }),
    ).resolves.toEqual({
      count: 1,
    });
  });

  it.each([
    ['disable the append-only trigger', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'],
    ['disable every trigger', 'ALTER TABLE audit_events DISABLE TRIGGER ALL'],
    ['drop the trigger', 'DROP TRIGGER audit_events_append_only ON audit_events'],
    ['drop the table', 'DROP TABLE audit_events'],
    ['delete audit rows', 'DELETE FROM audit_events'],
    ['update audit rows', "UPDATE audit_events SET action = 'tampered'"],
    ['truncate the audit trail', 'TRUNCATE audit_events'],
    [
      'replace the trigger function',
      'CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    ],
    ['read the migration history', 'SELECT count(*) FROM _prisma_migrations'],
  ])('cannot %s', async (_what, statement) => {
    await expect(runtime.pool.query(statement)).rejects.toThrow(/permission denied|must be owner/);
    const { rows } = await database.db.pool.query<{ enabled: string }>(
      "SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'audit_events_append_only'",
    );
    expect(rows[0]?.enabled).toBe('O');
  });
});
