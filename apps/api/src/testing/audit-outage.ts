// The audit trail refusing writes, for the tests that check a staff action fails closed (503, nothing
// changed, nothing sent): a trigger raises on every INSERT into audit_events whose action matches
// `actions`, a LIKE pattern ('staff\_%', or one action's name), until `work` has finished.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@cos/db';

export async function withAuditRefused<T>(
  prisma: PrismaClient,
  actions: string,
  work: () => Promise<T>,
): Promise<T> {
  const name = `refuse_audit_${randomBytes(4).toString('hex')}`;
  const pattern = actions.replaceAll("'", "''");
  await prisma.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit storage unavailable'; END; $$`,
  );
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON audit_events FOR EACH ROW WHEN (NEW.action LIKE '${pattern}') EXECUTE FUNCTION ${name}()`,
  );
  try {
    return await work();
  } finally {
    await prisma.$executeRawUnsafe(`DROP TRIGGER ${name} ON audit_events`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}
