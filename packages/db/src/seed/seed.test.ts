import { randomBytes } from 'node:crypto';
import { createFieldCipher, createSsnCipher, verifyAnswer, verifySecret } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { DIRECT_DEPOSIT_OUTAGE_MESSAGE, seedDemoData, seedDemoDataIfEmpty } from './index.ts';

const ssnCipher = createSsnCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
const fieldCipher = createFieldCipher(randomBytes(32));
const deps = { ssnCipher, fieldCipher, nodeEnv: 'test', now: new Date('2026-11-20T15:00:00Z') };

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  expect(await seedDemoDataIfEmpty(database.db.prisma, deps)).toBe('seeded');
});
afterAll(() => database?.drop());

describe('demo data', () => {
  it('has demo.parent, who can sign in and recover with normalised answers', async () => {
    const account = await database.db.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'demo.parent' },
      include: { person: true, securityAnswers: { orderBy: { questionId: 'asc' } } },
    });
    expect(account.person).toMatchObject({ firstName: 'Casey', lastName: 'Morgan', ssnLast4: '6781' });
    expect(account.person.dateOfBirth.toISOString().slice(0, 10)).toBe('1986-02-14');
    expect(await verifySecret(account.passwordHash, 'sunny meadow lantern 42')).toBe(true);
    expect(account.securityAnswers.map((a) => a.questionId)).toEqual([1, 2, 3]);
    const [blue, macon, biscuit] = account.securityAnswers;
    expect(await verifyAnswer(blue?.answerHash ?? '', '  BLUE ')).toBe(true);
    expect(await verifyAnswer(macon?.answerHash ?? '', 'Macon')).toBe(true);
    expect(await verifyAnswer(biscuit?.answerHash ?? '', 'biscuit')).toBe(true);
    expect(ssnCipher.decrypt(account.person.ssnCiphertext)).toBe('123456781');
    expect(account.person.ssnHash).toBe(ssnCipher.lookupHash('123-45-6781'));
  });

  it('puts the fixed parents on the fixed cases in the right roles', async () => {
    const rows = await database.db.prisma.caseParticipant.findMany({
      where: { supportCase: { caseNumber: { in: ['1000000001', '1000000002', '1000000003'] } } },
      include: { supportCase: true, person: { include: { account: true } } },
    });
    const roles = rows.map(
      (r) => `${r.supportCase.caseNumber} ${r.role} ${r.person.firstName} ${r.person.lastName}`,
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        '1000000001 custodial Casey Morgan',
        '1000000001 non_custodial Riley Morgan',
        '1000000002 non_custodial Riley Morgan',
        '1000000003 custodial Jordan Avery',
      ]),
    );
    const riley = rows.find((r) => r.person.firstName === 'Riley');
    expect(riley?.person.account?.userId).toBe('demo.payer');
    const jordan = rows.find((r) => r.person.firstName === 'Jordan');
    expect(jordan?.person.account).toBeNull();
    expect(jordan?.person.ssnHash).toBe(ssnCipher.lookupHash('123456780'));
  });

  it('has three personal staff accounts with TOTP enrolled', async () => {
    const staff = await database.db.prisma.staffUser.findMany({ orderBy: { username: 'asc' } });
    expect(staff.map((s) => `${s.username}:${s.role}`)).toEqual([
      'admin.demo:admin',
      'agent.demo:agent',
      'supervisor.demo:supervisor',
    ]);
    for (const user of staff) {
      expect(await verifySecret(user.passwordHash, 'console demo password 2026')).toBe(true);
      expect(user.totpSecretCiphertext && fieldCipher.decrypt(user.totpSecretCiphertext)).toBe(
        'JBSWY3DPEHPK3PXP',
      );
      expect(user.totpEnrolledAt).not.toBeNull();
    }
  });

  it('has the reference content: questions, offices, notices, switch and app policy', async () => {
    const prisma = database.db.prisma;
    const questions = await prisma.securityQuestion.findMany({ orderBy: { id: 'asc' } });
    expect(questions).toHaveLength(8);
    expect(questions[0]?.text).toBe('What was the color of your first car?');
    expect(questions[2]?.text).toBe('What was the name of your first pet?');
    const counties = await prisma.office.groupBy({ by: ['county'] });
    expect(counties.length).toBeGreaterThanOrEqual(20);
    const office = await prisma.office.findFirstOrThrow({ where: { county: 'Fulton' } });
    expect(office.hours).toBe('Monday–Friday 8:00 a.m.–5:00 p.m.');
    expect(office.services.length).toBeGreaterThan(3);

    const outage = await prisma.notice.findFirstOrThrow({
      where: { featureKey: 'directDepositUpdate' },
      include: { feature: true },
    });
    expect(outage.body).toBe(
      'The Direct Deposit update feature is temporarily unavailable. For Direct Deposit assistance please contact the Communication Center via the chat feature or by calling 1-877-423-4746.',
    );
    expect(outage.severity).toBe('outage');
    expect(outage.feature).toMatchObject({ enabled: false, message: DIRECT_DEPOSIT_OUTAGE_MESSAGE });
    const titles = (await prisma.notice.findMany({ orderBy: { sortOrder: 'asc' } })).map((n) => n.title);
    expect(titles.slice(0, 3)).toEqual(['Privacy', 'Self-service options', 'DCSS notice']);
    expect(await prisma.notice.count({ where: { body: { contains: 'version 5.1' } } })).toBe(1);
    const policy = await prisma.appVersionPolicy.findUniqueOrThrow({ where: { platform: 'DCSSOnTheGo' } });
    expect(policy).toMatchObject({ minimumVersion: '5.1', latestVersion: '5.1' });
  });

  it('has about 50 people and 30 cases, with balances equal to charges minus payments', async () => {
    const prisma = database.db.prisma;
    expect(await prisma.person.count()).toBe(50);
    expect(await prisma.supportCase.count()).toBe(30);
    const mismatches = await prisma.$queryRaw<{ case_number: string }[]>`
      SELECT c.case_number FROM cases c
      WHERE c.current_support_due_cents + c.arrears_cents + c.interest_cents <>
        (SELECT coalesce(sum(amount_cents), 0) FROM charges WHERE case_id = c.id) -
        (SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE case_id = c.id AND status <> 'reversed')`;
    expect(mismatches).toEqual([]);
    const months = await prisma.$queryRaw<{ months: bigint }[]>`
      SELECT count(DISTINCT date_trunc('month', received_at)) AS months FROM payments
      WHERE case_id = (SELECT id FROM cases WHERE case_number = '1000000001')`;
    expect(Number(months[0]?.months)).toBe(24);
  });

  it('has a realistic mix of payment sources and statuses', async () => {
    const prisma = database.db.prisma;
    const sources = await prisma.payment.groupBy({ by: ['source'] });
    expect(sources.map((s) => s.source).sort()).toEqual([
      'mail',
      'online',
      'other',
      'tax_intercept',
      'wage_withholding',
    ]);
    expect(await prisma.payment.count({ where: { status: 'held', holdReason: null } })).toBe(0);
    expect(await prisma.payment.count({ where: { status: 'held' } })).toBeGreaterThan(0);
    expect(await prisma.payment.count({ where: { status: 'reversed' } })).toBeGreaterThan(0);
    expect(
      await prisma.payment.count({
        where: { status: 'disbursed', OR: [{ disbursedAt: null }, { disbursementMethod: null }] },
      }),
    ).toBe(0);
    const disbursed = await prisma.payment.count({ where: { status: 'disbursed' } });
    expect(disbursed / (await prisma.payment.count())).toBeGreaterThan(0.8);
  });

  it('skips a database that already has people', async () => {
    expect(await seedDemoDataIfEmpty(database.db.prisma, deps)).toBe('skipped');
    expect(await database.db.prisma.person.count()).toBe(50);
  });
});

describe('seeding rules', () => {
  it('refuses production before touching the database', async () => {
    const empty = await createTestDatabase();
    try {
      const production = { ...deps, nodeEnv: 'production' };
      await expect(seedDemoDataIfEmpty(empty.db.prisma, production)).rejects.toThrow(
        /never seeded in production/,
      );
      await expect(seedDemoData(empty.db.prisma, production)).rejects.toThrow(/never seeded in production/);
      expect(await empty.db.prisma.person.count()).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it('makes the same people on every run, and seeds once when two instances start together', async () => {
    const fresh = await createTestDatabase();
    try {
      const outcomes = await Promise.all([
        seedDemoDataIfEmpty(fresh.db.prisma, deps),
        seedDemoDataIfEmpty(fresh.db.prisma, deps),
      ]);
      expect(outcomes.sort()).toEqual(['seeded', 'skipped']);
      const people = (prisma: typeof fresh.db.prisma) =>
        prisma.person.findMany({
          orderBy: { ssnHash: 'asc' },
          select: { id: true, firstName: true, lastName: true, ssnHash: true },
        });
      expect(await people(fresh.db.prisma)).toEqual(await people(database.db.prisma));
    } finally {
      await fresh.drop();
    }
  });
});
