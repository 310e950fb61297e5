// The audit trail must stay evidence: no role — the application's, the table owner, a superuser —
// can change or remove a row once written (migration 20261122153100_audit_append_only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const REFUSED = /audit_events is append-only/;

describe('audit_events is append-only', () => {
  let database: TestDatabase;
  let id: bigint;

  beforeAll(async () => {
    database = await createTestDatabase();
    const event = await database.db.prisma.auditEvent.create({
      data: {
        occurredAt: new Date(),
        action: 'sign_in',
        actorType: 'customer',
        actorId: 'user-1',
        details: { ip: '203.0.113.9' },
      },
    });
    id = event.id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('accepts new rows', async () => {
    const event = await database.db.prisma.auditEvent.create({
      data: { occurredAt: new Date(), action: 'sign_out', actorType: 'customer' },
    });
    expect(event.id).toBeGreaterThan(id);
    expect(event.outcome).toBe('success');
  });

  it('refuses UPDATE, DELETE and TRUNCATE through Prisma and raw SQL', async () => {
    const { prisma, pool } = database.db;
    await expect(prisma.auditEvent.update({ where: { id }, data: { action: 'tampered' } })).rejects.toThrow(
      REFUSED,
    );
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(REFUSED);
    await expect(pool.query("UPDATE audit_events SET outcome = 'failure'")).rejects.toThrow(REFUSED);
    await expect(pool.query('DELETE FROM audit_events')).rejects.toThrow(REFUSED);
    await expect(pool.query('TRUNCATE audit_events')).rejects.toThrow(REFUSED);
    const kept = await prisma.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(kept.action).toBe('sign_in');
  });

  // Each attempt runs as a throw-away role inside a transaction that is rolled back afterwards.
  it.each([
    ['an application role with every privilege on the table', 'GRANT ALL ON audit_events TO %r'],
    ['the table owner', 'ALTER TABLE audit_events OWNER TO %r'],
  ])('refuses changes by %s', async (_who, grant) => {
    for (const statement of [
      "UPDATE audit_events SET action = 'x'",
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
    ]) {
      const client = await database.db.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('CREATE ROLE audit_probe NOLOGIN');
        await client.query(grant.replace('%r', 'audit_probe'));
        await client.query('GRANT USAGE ON SCHEMA public TO audit_probe');
        await client.query('SET LOCAL ROLE audit_probe');
        await expect(client.query(statement)).rejects.toThrow(REFUSED);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    }
  });
});
