// The console's notice, switch and app policy administration (supervisor; docs/product.md §4, §6).
import { z } from 'zod';
import { AppVersion, FeatureKey, Notice, NoticeAudience, NoticeSeverity } from './notices.ts';

const Moment = z.iso.datetime({ offset: true, message: 'Enter a date and time.' }).nullable();

const noticeFields = {
  title: z.string().trim().min(1, 'Enter a title.').max(120, 'Use at most 120 characters.'),
  body: z.string().trim().min(1, 'Enter the notice text.').max(2000, 'Use at most 2000 characters.'),
  severity: NoticeSeverity,
  audience: NoticeAudience,
  startsAt: Moment.optional(),
  endsAt: Moment.optional(),
  featureKey: FeatureKey.nullable().optional(),
};

const endsAfterStart = (notice: {
  startsAt?: string | null | undefined;
  endsAt?: string | null | undefined;
}) => !notice.startsAt || !notice.endsAt || new Date(notice.endsAt) > new Date(notice.startsAt);
const endsAfterStartIssue = { message: 'The end must be after the start.', path: ['endsAt'] };

export const CreateNoticeRequest = z.object(noticeFields).refine(endsAfterStart, endsAfterStartIssue);
export type CreateNoticeRequest = z.infer<typeof CreateNoticeRequest>;

/** Only the fields sent change; the start/end order is checked again against the stored values. */
export const UpdateNoticeRequest = z
  .object(noticeFields)
  .partial()
  .refine(endsAfterStart, endsAfterStartIssue);
export type UpdateNoticeRequest = z.infer<typeof UpdateNoticeRequest>;

export const NoticeIdParams = z.object({ id: z.uuid('Not a notice id.') });

export const NoticeStatus = z.enum(['active', 'scheduled', 'expired', 'retired']);
export type NoticeStatus = z.infer<typeof NoticeStatus>;

export const AdminNotice = Notice.extend({
  status: NoticeStatus,
  retiredAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type AdminNotice = z.infer<typeof AdminNotice>;

export const AdminNoticeList = z.object({ items: z.array(AdminNotice) });
export type AdminNoticeList = z.infer<typeof AdminNoticeList>;

export const AdminFeatureSwitch = z.object({
  key: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  message: z.string().nullable(),
  isPublic: z.boolean(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().nullable(),
});
export type AdminFeatureSwitch = z.infer<typeof AdminFeatureSwitch>;

export const AdminFeatureSwitchList = z.object({ items: z.array(AdminFeatureSwitch) });

export const FeatureKeyParams = z.object({ key: FeatureKey });

export const SetFeatureSwitchRequest = z.object({
  enabled: z.boolean(),
  reason: z
    .string()
    .trim()
    .min(3, 'Say why (at least 3 characters).')
    .max(500, 'Use at most 500 characters.'),
});
export type SetFeatureSwitchRequest = z.infer<typeof SetFeatureSwitchRequest>;

export const UpdateAppVersionPolicyRequest = z.object({
  minimumVersion: AppVersion,
  latestVersion: AppVersion,
  upgradeMessage: z
    .string()
    .trim()
    .min(1, 'Enter the upgrade message.')
    .max(500, 'Use at most 500 characters.'),
});
export type UpdateAppVersionPolicyRequest = z.infer<typeof UpdateAppVersionPolicyRequest>;
