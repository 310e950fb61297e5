// Each scheduled job by moving the injected clock and running it as the runner would: retention,
// notices announced when their start comes (in batches, each parent once), appointment slots that
// skip weekends and Georgia state holidays, and card payments reconciled with the processor.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSlotsForOpenOffices } from '../features/appointments/slots.service.ts';
import { runNoticeAnnouncements, writeNoticeEmailBatch } from '../lib/notice-announcement.ts';
import { createSeededTestApp } from '../testing/seeded-app.ts';
import type { TestApp } from '../testing/test-app.ts';
import { purgeExpiredRecords, verificationWindowHours } from './retention.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let ctx: TestApp;

beforeAll(async () => {
  ctx = await createSeededTestApp({ paymentTimeoutMs: 150 });
});
afterAll(() => ctx?.close());

const deps = () => ({ db: ctx.prisma, clock: ctx.clock, policy: ctx.app.policy });

describe('retention job', () => {
  it('deletes what is past its lifetime by the policy figures and never the audit trail', async () => {
    const now = ctx.clock.now();
    const account = await ctx.prisma.customerAccount.findFirstOrThrow({ where: { userId: 'demo.parent' } });
    const family = randomUUID();
    const live = randomUUID();
    const session = (familyId: string, minutesAgo: number, expiresAt: Date) => ({
      familyId,
      tokenHash: randomUUID(),
      accountId: account.id,
      createdAt: new Date(now.getTime() - minutesAgo * 60_000),
      familyStartedAt: new Date(now.getTime() - 600 * 60_000),
      lastUsedAt: new Date(now.getTime() - minutesAgo * 60_000),
      expiresAt,
    });
    await ctx.prisma.refreshSession.createMany({
      data: [
        session(family, 30, new Date(now.getTime() + HOUR)),
        session(family, 20, new Date(now.getTime() + HOUR)),
        session(family, 10, new Date(now.getTime() + HOUR)),
        session(live, 5, new Date(now.getTime() + 20 * HOUR)),
      ],
    });
    const windowHours = verificationWindowHours(ctx.app.policy);
    await ctx.prisma.verificationAttempt.createMany({
      data: [
        {
          kind: 'recovery_start',
          keyHash: 'old',
          succeeded: false,
          occurredAt: new Date(now.getTime() - 1000),
        },
        {
          kind: 'recovery_start',
          keyHash: 'new',
          succeeded: false,
          occurredAt: new Date(now.getTime() + 2 * HOUR),
        },
      ],
    });
    const email = (status: string, sentAt: Date | null, to: string) => ({
      toAddress: to,
      subject: 's',
      body: 'b',
      createdAt: now,
      status,
      sentAt,
    });
    await ctx.prisma.emailOutbox.createMany({
      data: [
        email('sent', now, 'old-sent@example.com'),
        email('sent', new Date(now.getTime() + 2 * DAY), 'newer-sent@example.com'),
        email('failed', null, 'failed@example.com'),
        email('pending', null, 'pending@example.com'),
      ],
    });
    const auditBefore = await ctx.prisma.auditEvent.count();

    // Nothing is due yet.
    let result = await purgeExpiredRecords(deps());
    expect(result.sentEmails).toBe(0);

    // 91 days on: the family's absolute limit has passed, the attempts' window too, the first
    // sent email is past 90 days.
    ctx.clock.advance(91 * DAY);
    expect(91 * 24).toBeGreaterThan(windowHours);
    result = await purgeExpiredRecords(deps());
    // The ended family keeps its newest row (Recent sign-ins), the others go.
    const left = await ctx.prisma.refreshSession.findMany({ where: { familyId: { in: [family, live] } } });
    expect(left.map((row) => row.familyId).sort()).toEqual([family, live].sort());
    expect(result.refreshSessions).toBeGreaterThanOrEqual(2);
    expect(await ctx.prisma.verificationAttempt.count({ where: { keyHash: { in: ['old', 'new'] } } })).toBe(
      0,
    );
    const emails = await ctx.prisma.emailOutbox.findMany({ select: { toAddress: true } });
    expect(emails.map((row) => row.toAddress).sort()).toEqual([
      'failed@example.com',
      'newer-sent@example.com',
      'pending@example.com',
    ]);
    expect(await ctx.prisma.auditEvent.count()).toBe(auditBefore);
    ctx.clock.set(new Date('2026-11-02T15:00:00.000Z'));
  });
});

describe('notice announcement job', () => {
  it('emails opted-in parents with a confirmed address once, when the start time comes, in their language', async () => {
    const now = ctx.clock.now();
    await ctx.prisma.emailOutbox.deleteMany();
    await ctx.prisma.customerAccount.updateMany({ data: { notifyNoticesByEmail: false } });
    const parent = await ctx.prisma.customerAccount.findFirstOrThrow({ where: { userId: 'demo.parent' } });
    const payer = await ctx.prisma.customerAccount.findFirstOrThrow({ where: { userId: 'demo.payer' } });
    await ctx.prisma.customerAccount.update({
      where: { id: parent.id },
      data: { notifyNoticesByEmail: true, preferredLanguage: 'es' },
    });
    // Opted in but never confirmed: no notice mail.
    await ctx.prisma.customerAccount.update({
      where: { id: payer.id },
      data: { notifyNoticesByEmail: true, emailConfirmedAt: null },
    });
    const notice = await ctx.prisma.notice.create({
      data: {
        title: 'Offices closed Friday',
        body: 'All offices are closed on Friday.',
        audience: 'public',
        startsAt: new Date(now.getTime() + 2 * HOUR),
        createdAt: now,
        updatedAt: now,
      },
    });

    expect(await runNoticeAnnouncements(deps())).toEqual({ claimed: 0, emails: 0 });
    ctx.clock.advance(2 * HOUR);
    expect(await runNoticeAnnouncements(deps())).toEqual({ claimed: 1, emails: 1 });
    expect(await runNoticeAnnouncements(deps())).toEqual({ claimed: 0, emails: 0 });

    const mail = await ctx.prisma.emailOutbox.findMany();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      toAddress: parent.email,
      subject: 'Aviso del DCSS: Offices closed Friday',
      language: 'es',
      status: 'pending',
    });
    const stored = await ctx.prisma.notice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(stored.emailsWrittenAt).toEqual(ctx.clock.now());
    ctx.clock.set(new Date('2026-11-02T15:00:00.000Z'));
  });

  it('writes in batches that resume after the cursor, never twice to one parent', async () => {
    await ctx.prisma.emailOutbox.deleteMany();
    await ctx.prisma.customerAccount.updateMany({
      where: { email: { not: null } },
      data: { notifyNoticesByEmail: true, emailConfirmedAt: ctx.clock.now() },
    });
    const expected = await ctx.prisma.customerAccount.count({
      where: { email: { not: null }, status: 'active', NOT: { email: '' } },
    });
    expect(expected).toBeGreaterThan(3);
    const now = ctx.clock.now();
    const notice = await ctx.prisma.notice.create({
      data: { title: 'T', body: 'B', audience: 'customer', announcedAt: now, createdAt: now, updatedAt: now },
    });
    // Two writers taking batches of 2 at once: the notice row's lock serialises them.
    const writer = async () => {
      let total = 0;
      for (;;) {
        const written = await writeNoticeEmailBatch(ctx.prisma, ctx.clock.now(), notice.id, 2);
        total += written;
        if (written === 0) return total;
      }
    };
    const [a, b] = await Promise.all([writer(), writer()]);
    expect(a + b).toBe(expected);
    const rows = await ctx.prisma.emailOutbox.findMany({ select: { toAddress: true } });
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((row) => row.toAddress)).size).toBe(expected);
  });
});

describe('appointment slot job', () => {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' });
  const agencyDay = (date: Date) => dayFormat.format(date);

  it('generates the coming working days for open offices, skipping weekends and Georgia state holidays', async () => {
    await ctx.prisma.appointment.deleteMany();
    await ctx.prisma.appointmentSlot.deleteMany();
    const closed = await ctx.prisma.office.findFirstOrThrow();
    await ctx.prisma.office.update({ where: { id: closed.id }, data: { active: false } });
    ctx.clock.set(new Date('2026-11-20T08:00:00Z'));
    expect(await generateSlotsForOpenOffices(deps())).toBeGreaterThan(0);
    ctx.clock.set(new Date('2026-12-18T08:00:00Z'));
    await generateSlotsForOpenOffices(deps());
    // Run again the same night (a second instance): nothing new.
    expect(await generateSlotsForOpenOffices(deps())).toBe(0);

    const slots = await ctx.prisma.appointmentSlot.findMany({ select: { startsAt: true, officeId: true } });
    const days = new Set(slots.map((slot) => agencyDay(slot.startsAt)));
    expect(days.has('2026-11-25')).toBe(true);
    expect(days.has('2026-11-30')).toBe(true);
    // Thanksgiving, the day after (a Georgia state holiday), Christmas Day, New Year's Day.
    for (const holiday of ['2026-11-26', '2026-11-27', '2026-12-25', '2027-01-01'])
      expect(days.has(holiday), holiday).toBe(false);
    for (const slot of slots) {
      const weekday = new Date(`${agencyDay(slot.startsAt)}T12:00:00Z`).getUTCDay();
      expect([0, 6]).not.toContain(weekday);
    }
    expect(slots.some((slot) => slot.officeId === closed.id)).toBe(false);
    await ctx.prisma.office.update({ where: { id: closed.id }, data: { active: true } });
    ctx.clock.set(new Date('2026-11-02T15:00:00.000Z'));
  }, 120_000);
});
