// Reads what every page may show (docs/product.md §4): the feature switches, the mobile app version policy
// and the notices in force, and prepares the answers of the public routes once per load — the JSON
// text and its ETag per audience — so a cached GET /api/v1/notices costs no query and no serialising.
import { createHash } from 'node:crypto';
import {
  CLIENT_APP_PLATFORM,
  parseAppVersion,
  type AppVersionPolicy,
  type FeatureMap,
  type Notice,
  type NoticeAudience,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { awaitsAnnouncement } from './notice-announcement.ts';

export type Viewer = 'public' | 'customer' | 'staff';

/** A response body prepared once: its text and the strong ETag of that text. */
export interface PreparedBody {
  json: string;
  etag: string;
}

export interface ContentSnapshot {
  loadedAt: number;
  switches: ReadonlyMap<string, { enabled: boolean; message: string | null; isPublic: boolean }>;
  features: PreparedBody;
  policy: (AppVersionPolicy & { minimum: [number, number, number] | null }) | null;
  notices: Record<Viewer, PreparedBody>;
  /** A shown public or customer notice has not been emailed yet (see notice-email.ts). */
  announcementsDue: boolean;
}

const AUDIENCES_OF: Record<Viewer, readonly NoticeAudience[]> = {
  public: ['public'],
  customer: ['public', 'customer'],
  staff: ['public', 'staff'],
};

export function prepare(value: unknown): PreparedBody {
  const json = JSON.stringify(value);
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
}

/** What a notice shows on a page; the admin view selects more on top. */
export const noticeSelect = {
  id: true,
  title: true,
  body: true,
  severity: true,
  audience: true,
  startsAt: true,
  endsAt: true,
  featureKey: true,
} as const satisfies Prisma.NoticeSelect;

type NoticeRow = Prisma.NoticeGetPayload<{ select: typeof noticeSelect }>;

export function toNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    severity: row.severity,
    audience: row.audience,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    featureKey: row.featureKey,
    dismissible: row.severity !== 'outage',
  };
}

/** One load: three small queries, whatever the traffic (the cache decides how often). */
export async function loadContent(db: Prisma.TransactionClient, now: Date): Promise<ContentSnapshot> {
  const [switchRows, policyRow, noticeRows] = await Promise.all([
    db.featureSwitch.findMany({
      select: { key: true, enabled: true, message: true, isPublic: true },
      orderBy: { key: 'asc' },
    }),
    db.appVersionPolicy.findUnique({
      where: { platform: CLIENT_APP_PLATFORM },
      select: { platform: true, minimumVersion: true, latestVersion: true, upgradeMessage: true },
    }),
    db.notice.findMany({
      where: {
        retiredAt: null,
        OR: [{ startsAt: null }, { startsAt: { lte: now } }],
        AND: [{ OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
      },
      select: { ...noticeSelect, announcedAt: true },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    }),
  ]);
  const switches = new Map(
    switchRows.map((row) => [
      row.key,
      { enabled: row.enabled, message: row.message, isPublic: row.isPublic },
    ]),
  );
  const featureMap: FeatureMap = Object.fromEntries(
    switchRows
      .filter((row) => row.isPublic)
      .map((row) => [row.key, { enabled: row.enabled, message: row.message }]),
  );
  // A notice tied to a switch (the outage banner) is shown only while that feature is off.
  const shownRows = noticeRows.filter(
    (row) => !row.featureKey || switches.get(row.featureKey)?.enabled !== true,
  );
  const shown = shownRows.map(toNotice);
  const noticesFor = (viewer: Viewer) =>
    prepare({ items: shown.filter((notice) => AUDIENCES_OF[viewer].includes(notice.audience)) });
  return {
    loadedAt: now.getTime(),
    switches,
    features: prepare(featureMap),
    policy: policyRow && { ...policyRow, minimum: parseAppVersion(policyRow.minimumVersion) },
    notices: { public: noticesFor('public'), customer: noticesFor('customer'), staff: noticesFor('staff') },
    announcementsDue: shownRows.some(awaitsAnnouncement),
  };
}
