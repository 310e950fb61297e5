// The back-fill migration of confirmed addresses (docs/decisions/0013-parent-language-and-new-browsers.md):
// an existing parent whose address was already delivered mail is confirmed from that delivery; an
// address that only has mail waiting, or none, stays unconfirmed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../lib/paths.ts';
import { createSeededTestApp } from '../testing/seeded-app.ts';
import type { TestApp } from '../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx?.close());

it('confirms addresses already delivered mail, from the first delivery, and no others', async () => {
  const [delivered, waiting] = await ctx.prisma.customerAccount.findMany({
    where: { userIdNormalized: { in: ['demo.parent', 'demo.payer'] } },
    orderBy: { userIdNormalized: 'asc' },
  });
  if (!delivered?.email || !waiting?.email) throw new Error('the demo parents have addresses');
  await ctx.prisma.customerAccount.updateMany({
    where: { id: { in: [delivered.id, waiting.id] } },
    data: { emailConfirmedAt: null },
  });
  const first = new Date('2026-10-01T12:00:00Z');
  const mail = (to: string, status: string, sentAt: Date | null) =>
    ctx.prisma.emailOutbox.create({
      data: { toAddress: to, subject: 's', body: 'b', createdAt: first, status, sentAt },
    });
  await mail(delivered.email.toUpperCase(), 'sent', first);
  await mail(delivered.email, 'sent', new Date('2026-10-05T12:00:00Z'));
  await mail(waiting.email, 'pending', null);

  const sql = await readFile(
    join(repoRoot, 'prisma/migrations/20270133000000_backfill_confirmed_emails/migration.sql'),
    'utf8',
  );
  await ctx.prisma.$executeRawUnsafe(sql);

  const after = async (id: string) =>
    (await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id } })).emailConfirmedAt;
  expect(await after(delivered.id)).toEqual(first);
  expect(await after(waiting.id)).toBeNull();
});
