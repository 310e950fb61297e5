// Notices and outage banners, feature switches and the mobile app version policy (docs/product.md §4).
// A notice body is plain text: the portal turns http(s) URLs and same-site paths into links and
// never renders it as HTML.
import { z } from 'zod';

export const NoticeSeverity = z.enum(['info', 'warning', 'outage']);
export type NoticeSeverity = z.infer<typeof NoticeSeverity>;

export const NoticeAudience = z.enum(['public', 'customer', 'staff']);
export type NoticeAudience = z.infer<typeof NoticeAudience>;

export const Notice = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string().describe('Plain text; URLs become links in the portal, never HTML'),
  severity: NoticeSeverity,
  audience: NoticeAudience,
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  featureKey: z.string().nullable().describe('Shown only while this feature switch is off'),
  dismissible: z.boolean().describe('Outages cannot be dismissed'),
});
export type Notice = z.infer<typeof Notice>;

export const NoticeList = z.object({ items: z.array(Notice) }).meta({ id: 'NoticeList' });
export type NoticeList = z.infer<typeof NoticeList>;

export const FeatureKey = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'Not a feature switch name.');

export const FeatureState = z.object({
  enabled: z.boolean(),
  message: z.string().nullable().describe('What users are told while the feature is off'),
});
export type FeatureState = z.infer<typeof FeatureState>;

/** `{ "directDepositUpdate": { "enabled": false, "message": "…" } }`: the public switches. */
export const FeatureMap = z.record(z.string(), FeatureState).meta({ id: 'FeatureMap' });
export type FeatureMap = z.infer<typeof FeatureMap>;

export const DIRECT_DEPOSIT_FEATURE_KEY = 'directDepositUpdate';

/** major.minor or major.minor.patch, compared number by number (5.10 is above 5.9). */
export const AppVersion = z
  .string()
  .trim()
  .regex(/^\d{1,4}\.\d{1,4}(\.\d{1,4})?$/, 'Use a version such as 5.1 or 5.1.2.');

export function parseAppVersion(version: string): [number, number, number] | null {
  const match = /^(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?$/.exec(version);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareAppVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const CLIENT_APP_PLATFORM = 'DCSSOnTheGo';

export const AppVersionPolicy = z
  .object({
    platform: z.string(),
    minimumVersion: z.string(),
    latestVersion: z.string(),
    upgradeMessage: z.string(),
  })
  .meta({ id: 'AppVersionPolicy' });
export type AppVersionPolicy = z.infer<typeof AppVersionPolicy>;
