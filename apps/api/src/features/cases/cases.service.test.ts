// The case services against the demo data and small hand-made ledgers: who sees which case, the
// running balance arithmetic, and paging that neither skips nor repeats while payments arrive.
import { randomBytes } from 'node:crypto';
import { seedDemoData } from '@cos/db';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { createFieldCipher, createSsnCipher } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.ts';
import { caseIdFor, getCaseDetail, listCases, type CaseViewer } from './cases.service.ts';
import { listPayments, monthlyTotals } from './payments.service.ts';

const now = new Date('2026-11-20T15:00:00Z');
let database: TestDatabase;

async function viewer(userId: string): Promise<CaseViewer> {
  const account = await database.db.prisma.customerAccount.findUniqueOrThrow({
    where: { userIdNormalized: userId },
  });
  return { personId: account.personId, accountId: account.id };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = {
    ssnCipher: createSsnCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) }),
    fieldCipher: createFieldCipher(randomBytes(32)),
    nodeEnv: 'test',
    now,
  };
  await seedDemoData(database.db.prisma, deps);
});
afterAll(() => database?.drop());

describe('cases of a parent', () => {
  it('lists both of a paying parent’s cases with the right role and the other parent’s name only', async () => {
    const { items } = await listCases(database.db, await viewer('demo.payer'));
    expect(items.map((c) => [c.caseNumber, c.role])).toEqual([
      ['1000000001', 'non_custodial'],
      ['1000000002', 'non_custodial'],
    ]);
    const first = items[0];
    expect(first?.otherPartyName).toBe('Casey Morgan');
    expect(JSON.stringify(items)).not.toMatch(/address|ssn|\d{3}-\d{2}-\d{4}/i);
  });

  it('shows the custodial parent only her own case', async () => {
    const { items } = await listCases(database.db, await viewer('demo.parent'));
    expect(items.map((c) => [c.caseNumber, c.role, c.otherPartyName])).toEqual([
      ['1000000001', 'custodial', 'Riley Morgan'],
    ]);
  });

  it('answers another parent’s case exactly like a case that does not exist', async () => {
    const casey = await viewer('demo.parent');
    const errorFor = async (caseNumber: string) => {
      try {
        await caseIdFor(database.db, casey, caseNumber);
        return undefined;
      } catch (error) {
        return error instanceof DomainError
          ? { status: error.statusCode, code: error.code, message: error.message }
          : error;
      }
    };
    const someoneElses = await errorFor('1000000002');
    expect(someoneElses).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.any(String) });
    expect(await errorFor('9999999999')).toEqual(someoneElses);
  });

  it('gives the case detail of docs/product.md §3.5 with the last 12 payments', async () => {
    const detail = await getCaseDetail(
      database.db,
      (await viewer('demo.payer')).accountId,
      '1000000002',
      now,
    );
    expect(detail.role).toBe('non_custodial');
    expect(detail.office?.phone).toMatch(/\d/);
    expect(detail.children.length).toBeGreaterThan(0);
    for (const child of detail.children)
      expect(Object.keys(child).sort()).toEqual(['birthYear', 'firstName']);
    expect(detail.balances.totalOwedCents).toBe(
      detail.balances.currentSupportDueCents + detail.balances.arrearsCents + detail.balances.interestCents,
    );
    expect(detail.recentPayments).toHaveLength(12);
    // The one-statement detail agrees with the paged history's first page, balances included.
    const caseId = await caseIdFor(database.db, await viewer('demo.payer'), '1000000002');
    expect(detail.recentPayments).toEqual((await listPayments(database.db, caseId, { limit: 12 })).items);
    expect(detail.lastPayment?.receivedAt).toBe(
      detail.recentPayments.find((p) => p.status !== 'reversed' && p.status !== 'pending')?.receivedAt,
    );
    expect(detail.activity.length).toBeGreaterThan(0);
  });
});

describe('running balance', () => {
  it('counts received, held and disbursed payments, and not reversed or pending ones', async () => {
    const prisma = database.db.prisma;
    const supportCase = await prisma.supportCase.create({
      data: {
        caseNumber: '4000000001',
        county: 'Fulton',
        openedAt: new Date('2026-01-01'),
        orderMonthlyCents: 50_000,
      },
    });
    await prisma.charge.createMany({
      data: ['2026-01-01', '2026-02-01', '2026-03-01'].map((due) => ({
        caseId: supportCase.id,
        dueDate: new Date(due),
        amountCents: 50_000,
        kind: 'current_support' as const,
      })),
    });
    const pay = (
      receivedAt: string,
      amountCents: number,
      status: 'received' | 'held' | 'disbursed' | 'reversed' | 'pending',
    ) =>
      prisma.payment.create({
        data: {
          caseId: supportCase.id,
          receivedAt: new Date(receivedAt),
          amountCents,
          source: 'mail',
          status,
          holdReason: status === 'held' ? 'Address verification' : null,
        },
      });
    await pay('2026-01-10T15:00:00Z', 20_000, 'disbursed'); // owed 500 − 200 = 300
    await pay('2026-01-20T15:00:00Z', 30_000, 'held'); //        300 − 300 = 0
    await pay('2026-02-05T15:00:00Z', 10_000, 'reversed'); //     0 + 500 (Feb) − 0 = 500
    await pay('2026-02-25T15:00:00Z', 25_000, 'received'); //   500 − 250 = 250
    await pay('2026-03-02T15:00:00Z', 5_000, 'pending'); //     250 + 500 (Mar) = 750

    const { items, nextCursor } = await listPayments(database.db, supportCase.id, { limit: 10 });
    expect(nextCursor).toBeNull();
    expect(items.map((p) => [p.status, p.balanceAfterCents])).toEqual([
      ['pending', 75_000],
      ['received', 25_000],
      ['reversed', 50_000],
      ['held', 0],
      ['disbursed', 30_000],
    ]);
    expect(items.find((p) => p.status === 'held')?.holdReason).toBe('Address verification');

    const totals = await monthlyTotals(database.db, supportCase.id, new Date('2026-03-15T12:00:00Z'), 3);
    expect(totals.items).toEqual([
      { month: '2026-01', owedCents: 50_000, paidCents: 50_000 },
      { month: '2026-02', owedCents: 50_000, paidCents: 25_000 },
      { month: '2026-03', owedCents: 50_000, paidCents: 0 },
    ]);
  });
});

describe('payment paging', () => {
  it('walks the whole history newest first without gaps or repeats while new payments arrive', async () => {
    const caseId = await caseIdFor(database.db, await viewer('demo.payer'), '1000000002');
    const before = await database.db.prisma.payment.findMany({ where: { caseId }, select: { id: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let inserted = 0;
    do {
      const page = await listPayments(database.db, caseId, { limit: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p) => p.id));
      const times = page.items.map((p) => p.receivedAt);
      expect([...times].sort().reverse()).toEqual(times);
      if (inserted < 3) {
        await database.db.prisma.payment.create({
          data: {
            caseId,
            receivedAt: new Date(now.getTime() + inserted * 1000),
            amountCents: 100,
            source: 'online',
            status: 'received',
          },
        });
        inserted += 1;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(before.map((p) => p.id)));
  });

  it('refuses a forged cursor with a 400 naming the field', async () => {
    const caseId = await caseIdFor(database.db, await viewer('demo.payer'), '1000000002');
    await expect(
      listPayments(database.db, caseId, { limit: 5, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toMatchObject({
      statusCode: 400,
      fields: [{ field: 'cursor', message: expect.any(String) }],
    });
  });
});
