// The outbox sender against a real SMTP server (testing/smtp-relay.ts, the relay's stand-in) and a
// real PostgreSQL: delivery, a relay outage, temporary and permanent rejections, two senders.
import { createDb } from '@cos/db';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { parseSecurityPolicy } from '@cos/security';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestClock } from '../lib/clock.ts';
import { createOutboxMailer } from '../lib/mailer.ts';
import { startTestRelay, type TestRelay } from '../testing/smtp-relay.ts';
import { drainOutbox, retryDelaySeconds } from './outbox-sender.ts';
import { createSmtpTransport, type EmailTransport } from './transport.ts';

const policy = parseSecurityPolicy({ emailDelivery: { maxAttempts: 4, firstRetrySeconds: 30 } });
let database: TestDatabase;
let relay: TestRelay;
const transports: EmailTransport[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});
afterEach(async () => {
  for (const transport of transports.splice(0)) transport.close();
  await relay.stop();
  await database.db.prisma.emailOutbox.deleteMany();
});

async function setUp(options: Parameters<typeof startTestRelay>[0] = {}) {
  relay = await startTestRelay(options);
  const clock = createTestClock(new Date('2027-01-13T15:00:00Z'));
  const transport = createSmtpTransport({
    url: relay.url,
    from: 'DCSS <no-reply@dcss.example>',
    timeoutMs: 2000,
  });
  transports.push(transport);
  const prisma = database.db.prisma;
  const deps = { db: prisma, clock, transport, policy };
  const queue = (to: string, subject = 'Hello') =>
    createOutboxMailer({ db: prisma, clock }).send({ to, subject, body: `Body for ${to}` });
  return { clock, deps, queue, prisma };
}

describe('outbox sender', () => {
  it('delivers a queued row to the relay once and records sent_at and the message id', async () => {
    const { deps, queue, prisma, clock } = await setUp();
    await queue('parent@example.com', 'Sú contraseña');

    expect(await drainOutbox(deps)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await drainOutbox(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(relay.received).toHaveLength(1);
    expect(relay.received[0]).toMatchObject({ to: ['parent@example.com'], subject: 'Sú contraseña' });
    expect(relay.received[0]?.text).toContain('Body for parent@example.com');
    const row = await prisma.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock.now() });
    expect(relay.received[0]?.raw).toContain(`Message-ID: ${row.messageId}`);
  });

  it('keeps rows while the relay is down and sends each exactly once when it is back', async () => {
    const { deps, queue, prisma, clock } = await setUp();
    await relay.stop();
    for (const n of [1, 2, 3]) await queue(`parent${n}@example.com`);

    // Down for 60 s: every try in that time fails and is put back with a growing delay.
    expect(await drainOutbox(deps)).toEqual({ sent: 0, retried: 3, failed: 0 });
    clock.advance(30_000);
    expect(await drainOutbox(deps)).toEqual({ sent: 0, retried: 3, failed: 0 });
    clock.advance(30_000);
    expect(await drainOutbox(deps)).toEqual({ sent: 0, retried: 0, failed: 0 }); // next try not due yet
    const waiting = await prisma.emailOutbox.findMany();
    expect(waiting.every((row) => row.status === 'pending' && row.attempts === 2)).toBe(true);
    expect(waiting[0]?.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 30_000));
    expect(waiting[0]?.lastError).toMatch(/ECONNREFUSED|ECONNECTION|connect/i);

    await relay.start();
    clock.advance(30_000);
    expect(await drainOutbox(deps)).toEqual({ sent: 3, retried: 0, failed: 0 });
    clock.advance(3_600_000);
    expect(await drainOutbox(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(relay.received.map((mail) => mail.to[0]).sort()).toEqual([
      'parent1@example.com',
      'parent2@example.com',
      'parent3@example.com',
    ]);
  });

  it('retries a 4xx answer with exponential backoff and fails the row after the last try', async () => {
    const { deps, queue, prisma, clock } = await setUp();
    relay.setTemporaryFailure(true);
    await queue('parent@example.com');
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await drainOutbox(deps);
      const row = await prisma.emailOutbox.findFirstOrThrow();
      if (row.status === 'pending') delays.push((row.nextAttemptAt.getTime() - clock.now().getTime()) / 1000);
      clock.advance(3_600_000);
    }
    expect(delays).toEqual([30, 60, 120]);
    const row = await prisma.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 4, sentAt: null });
    expect(row.lastError).toContain('451');
    expect(relay.received).toHaveLength(0);
  });

  it('marks a row failed at once on a permanent 5xx rejection and keeps the relay answer', async () => {
    const { deps, queue, prisma } = await setUp({ rejectPermanently: (to) => to.startsWith('gone') });
    await queue('gone@example.com');
    await queue('here@example.com');
    expect(await drainOutbox(deps)).toEqual({ sent: 1, retried: 0, failed: 1 });
    const failed = await prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: 'gone@example.com' } });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(failed.lastError).toContain('550');
    expect(relay.received.map((mail) => mail.to[0])).toEqual(['here@example.com']);
  });

  it('two senders on their own connections draining together send every row exactly once', async () => {
    const { deps, queue } = await setUp();
    const rows = Array.from({ length: 40 }, (_, n) => `parent${n}@example.com`);
    for (const to of rows) await queue(to);
    const second = createDb({ url: database.url, poolMax: 4 });
    const otherTransport = createSmtpTransport({
      url: relay.url,
      from: 'no-reply@dcss.example',
      timeoutMs: 2000,
    });
    transports.push(otherTransport);
    try {
      const [a, b] = await Promise.all([
        drainOutbox(deps),
        drainOutbox({ ...deps, db: second.prisma, transport: otherTransport }),
      ]);
      expect(a.sent + b.sent).toBe(40);
    } finally {
      await second.close();
    }
    const delivered = relay.received.map((mail) => mail.to[0]);
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered)).toEqual(new Set(rows));
  });

  it('grows the retry delay from the policy and caps it', () => {
    const figures = { maxAttempts: 12, firstRetrySeconds: 30, maxRetryMinutes: 240 };
    expect([1, 2, 3, 4].map((attempts) => retryDelaySeconds(figures, attempts))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(figures, 30)).toBe(240 * 60);
  });
});
