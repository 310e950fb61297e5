// Email that leaves, end to end: two API instances on one database, each running the job runner
// and the outbox sender against a real SMTP server (the relay's stand-in). A recovery's email
// reaches the parent's confirmed address within 10 s, in their language, with no secret in it; a
// relay outage during three recoveries loses and duplicates nothing; two instances send each row
// once.
import { createDb, type Db } from '@cos/db';
import { parseSecurityPolicy } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { systemClock } from '../lib/clock.ts';
import { createOutboxMailer } from '../lib/mailer.ts';
import { createCustomer, createQuestions, FIXTURE_ANSWERS } from '../testing/fixtures.ts';
import { recover } from '../testing/recovery.ts';
import { startTestRelay, type TestRelay } from '../testing/smtp-relay.ts';
import { createTestApp, testSecrets, type TestApp } from '../testing/test-app.ts';
import { createSmtpTransport } from './transport.ts';

// Retries a second apart so the outage below is seconds, not the minutes of the real policy.
const policy = parseSecurityPolicy({
  ipThrottle: { maxRequests: 100_000 },
  emailDelivery: { maxAttempts: 50, firstRetrySeconds: 1, maxRetryMinutes: 1 },
});
let relay: TestRelay;
let first: TestApp;
let secondDb: Db;
let second: App;

const jobsFor = () => ({
  transport: createSmtpTransport({ url: relay.url, from: 'DCSS <no-reply@dcss.example>', timeoutMs: 1000 }),
  work: true,
  outboxPollMs: 250,
});

beforeAll(async () => {
  relay = await startTestRelay();
  first = await createTestApp({ clock: systemClock, policy, withJobs: jobsFor() });
  await createQuestions(first.prisma);
  secondDb = createDb({ url: first.databaseUrl, poolMax: 4 });
  second = await buildApp({
    db: secondDb,
    secrets: testSecrets,
    policy,
    clock: systemClock,
    logger: false,
    loadShedding: false,
    jobs: { ...jobsFor(), databaseUrl: first.databaseUrl },
  });
  await second.ready();
}, 60_000);
afterAll(async () => {
  await second.close();
  await secondDb.close();
  await first.close();
  await relay.stop();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${ms} ms`);
}

const mailTo = (address: string) => relay.received.filter((mail) => mail.to.includes(address));

describe('email delivery with two instances', () => {
  it('delivers a recovery email to the confirmed address within 10 s, in Spanish, with no secret', async () => {
    const customer = await createCustomer(first.prisma, {
      email: 'maria.lopez@example.com',
      preferredLanguage: 'es',
    });
    const started = Date.now();
    const { temporaryPassword, userId } = await recover(first.app, customer, 'both');
    await waitFor(() => mailTo('maria.lopez@example.com').length > 0, 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);

    const [mail] = mailTo('maria.lopez@example.com');
    expect(mail?.subject).toBe('Se emitió una contraseña temporal para su cuenta');
    expect(mail?.text).toContain('Su contraseña anterior ya no funciona');
    expect(mail?.raw).toMatch(/^Content-Language: es$/m);
    const secrets = [
      String(temporaryPassword),
      String(temporaryPassword).replaceAll('-', ''),
      customer.person.ssn,
      customer.person.ssn.replaceAll('-', ''),
      ...FIXTURE_ANSWERS,
    ];
    for (const secret of secrets) expect(mail?.raw.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(userId).toBe(customer.userId);
    // Exactly one, however many pollers looked.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailTo('maria.lopez@example.com')).toHaveLength(1);
  });

  it('sends no email to an address that was never confirmed', async () => {
    const customer = await createCustomer(first.prisma, {
      email: 'unconfirmed@example.com',
      emailConfirmed: false,
    });
    await recover(first.app, customer, 'password');
    expect(await first.prisma.emailOutbox.count({ where: { toAddress: 'unconfirmed@example.com' } })).toBe(0);
  });

  it('keeps three recoveries made while the relay is down and delivers each exactly once when it is back', async () => {
    const customers = await Promise.all(
      [1, 2, 3].map((n) => createCustomer(first.prisma, { email: `outage${n}@example.com` })),
    );
    await relay.stop();
    await recover(first.app, customers[0]!, 'password');
    await recover(second, customers[1]!, 'password');
    await recover(first.app, customers[2]!, 'userId');
    // The pollers of both instances meet a dead relay and put the rows back.
    await waitFor(
      async () => (await first.prisma.emailOutbox.count({ where: { attempts: { gte: 2 } } })) >= 3,
      10_000,
    );
    expect(relay.received.filter((mail) => mail.to[0]?.startsWith('outage'))).toHaveLength(0);

    await relay.start();
    const addresses = [1, 2, 3].map((n) => `outage${n}@example.com`);
    await waitFor(() => addresses.every((address) => mailTo(address).length > 0), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const address of addresses) expect(mailTo(address)).toHaveLength(1);
    const rows = await first.prisma.emailOutbox.findMany({ where: { toAddress: { in: addresses } } });
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
    expect(rows.every((row) => row.messageId !== null && row.attempts >= 2)).toBe(true);
  });

  it('two instances sending together deliver each of 60 rows exactly once', async () => {
    const mailer = createOutboxMailer({ db: first.prisma, clock: systemClock });
    const addresses = Array.from({ length: 60 }, (_, n) => `bulk${n}@example.com`);
    await Promise.all(addresses.map((to) => mailer.send({ to, subject: 'Notice', body: 'Hello' })));
    await waitFor(() => addresses.every((address) => mailTo(address).length > 0), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const delivered = relay.received.flatMap((mail) => mail.to).filter((to) => to.startsWith('bulk'));
    expect(delivered).toHaveLength(60);
    expect(new Set(delivered).size).toBe(60);
  });
});
