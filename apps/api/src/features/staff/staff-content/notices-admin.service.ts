// Notice administration (supervisor; docs/product.md §4, §6): list with status, create, edit, retire. Each
// change is one audit event in the change's transaction, with the notice before and after. The
// caller clears the content cache after a change, so this instance shows it at once. A public or
// customer notice that is active once created or edited, and not yet announced, has its emails
// written to the outbox in the same transaction (notice-email.ts): a scheduled one waits until it
// starts, and an edit of one already announced emails nobody.
import type { AdminNotice, CreateNoticeRequest, NoticeStatus, UpdateNoticeRequest } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { badRequest, notFound } from '../../../lib/errors.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { noticeSelect, toNotice } from '../../../lib/content.ts';
import { announceDueNotices } from '../../../lib/notice-announcement.ts';

const adminSelect = {
  ...noticeSelect,
  retiredAt: true,
  updatedAt: true,
} as const satisfies Prisma.NoticeSelect;

type AdminRow = Prisma.NoticeGetPayload<{ select: typeof adminSelect }>;

export function statusOf(row: Pick<AdminRow, 'startsAt' | 'endsAt' | 'retiredAt'>, now: Date): NoticeStatus {
  if (row.retiredAt) return 'retired';
  if (row.endsAt && row.endsAt <= now) return 'expired';
  if (row.startsAt && row.startsAt > now) return 'scheduled';
  return 'active';
}

function toAdminNotice(row: AdminRow, now: Date): AdminNotice {
  return {
    ...toNotice(row),
    status: statusOf(row, now),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The audited picture of a notice: what a reviewer needs to see what changed. */
const snapshot = (row: AdminRow) =>
  JSON.stringify({
    title: row.title,
    body: row.body,
    severity: row.severity,
    audience: row.audience,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    featureKey: row.featureKey,
    retiredAt: row.retiredAt?.toISOString() ?? null,
  });

const subject = (id: string) => ({ subject: { type: 'notice', id } });

export async function listAdminNotices(
  deps: Pick<StaffDeps, 'db' | 'clock'>,
): Promise<{ items: AdminNotice[] }> {
  const rows = await deps.db.notice.findMany({
    select: adminSelect,
    orderBy: [{ retiredAt: { sort: 'desc', nulls: 'first' } }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
  });
  const now = deps.clock.now();
  return { items: rows.map((row) => toAdminNotice(row, now)) };
}

async function checkFeatureKey(tx: Prisma.TransactionClient, featureKey: string | null | undefined) {
  if (!featureKey) return;
  const found = await tx.featureSwitch.findUnique({ where: { key: featureKey }, select: { key: true } });
  if (!found)
    throw badRequest('Some of the information is missing or not valid.', [
      { field: 'featureKey', message: 'There is no feature switch with this name.' },
    ]);
}

const toDate = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

export async function createNotice(deps: StaffDeps, input: CreateNoticeRequest): Promise<AdminNotice> {
  const now = deps.clock.now();
  const row = await audited(
    deps,
    async (tx) => {
      await checkFeatureKey(tx, input.featureKey);
      // New notices go after the seeded ones, in the order they were made.
      const last = await tx.notice.aggregate({ _max: { sortOrder: true } });
      const created = await tx.notice.create({
        data: {
          title: input.title,
          body: input.body,
          severity: input.severity,
          audience: input.audience,
          startsAt: toDate(input.startsAt) ?? null,
          endsAt: toDate(input.endsAt) ?? null,
          featureKey: input.featureKey ?? null,
          sortOrder: (last._max.sortOrder ?? 0) + 10,
          createdAt: now,
          updatedAt: now,
        },
        select: adminSelect,
      });
      await announceDueNotices(tx, now, created.id);
      return created;
    },
    (created) => ({
      action: 'staff_notice_created',
      ...subject(created.id),
      details: { title: created.title, before: null, after: snapshot(created) },
    }),
  );
  return toAdminNotice(row, now);
}

async function existing(tx: Prisma.TransactionClient, id: string): Promise<AdminRow> {
  const row = await tx.notice.findUnique({ where: { id }, select: adminSelect });
  if (!row) throw notFound('There is no notice with this id.');
  return row;
}

export async function updateNotice(
  deps: StaffDeps,
  id: string,
  input: UpdateNoticeRequest,
): Promise<AdminNotice> {
  const now = deps.clock.now();
  const { after } = await audited(
    deps,
    async (tx) => {
      const before = await existing(tx, id);
      await checkFeatureKey(tx, input.featureKey);
      const startsAt = toDate(input.startsAt);
      const endsAt = toDate(input.endsAt);
      const start = startsAt === undefined ? before.startsAt : startsAt;
      const end = endsAt === undefined ? before.endsAt : endsAt;
      if (start && end && end <= start)
        throw badRequest('Some of the information is missing or not valid.', [
          { field: 'endsAt', message: 'The end must be after the start.' },
        ]);
      const after = await tx.notice.update({
        where: { id },
        data: {
          title: input.title,
          body: input.body,
          severity: input.severity,
          audience: input.audience,
          startsAt,
          endsAt,
          featureKey: input.featureKey,
          updatedAt: now,
        },
        select: adminSelect,
      });
      await announceDueNotices(tx, now, id);
      return { before, after };
    },
    (change) => ({
      action: 'staff_notice_updated',
      ...subject(id),
      details: { title: change.after.title, before: snapshot(change.before), after: snapshot(change.after) },
    }),
  );
  return toAdminNotice(after, now);
}

/** Retiring takes a notice off every page for good; retiring a retired notice changes nothing. */
export async function retireNotice(deps: StaffDeps, id: string): Promise<AdminNotice> {
  const now = deps.clock.now();
  const { after } = await audited(
    deps,
    async (tx) => {
      const before = await existing(tx, id);
      const after = before.retiredAt
        ? before
        : await tx.notice.update({
            where: { id },
            data: { retiredAt: now, updatedAt: now },
            select: adminSelect,
          });
      return { before, after };
    },
    (change) => ({
      action: 'staff_notice_retired',
      ...subject(id),
      details: { title: change.after.title, before: snapshot(change.before), after: snapshot(change.after) },
    }),
  );
  return toAdminNotice(after, now);
}
