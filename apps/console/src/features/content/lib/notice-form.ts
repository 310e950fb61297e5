// The notice form's values (what the inputs hold) to and from the API's request, checked with the
// contract's schema. Start and end are typed as local date-times (the supervisor's own clock) and
// sent as ISO instants.
import { CreateNoticeRequest, type AdminNotice } from '@cos/contracts';
import { z } from 'zod';

export type NoticeFormValues = {
  title: string;
  body: string;
  severity: string;
  audience: string;
  startsAt: string;
  endsAt: string;
  featureKey: string;
};

export const emptyNotice: NoticeFormValues = {
  title: '',
  body: '',
  severity: 'info',
  audience: 'public',
  startsAt: '',
  endsAt: '',
  featureKey: '',
};

export const noticeFieldIds: Record<keyof NoticeFormValues, string> = {
  title: 'notice-title',
  body: 'notice-body',
  severity: 'notice-severity',
  audience: 'notice-audience',
  startsAt: 'notice-starts-at',
  endsAt: 'notice-ends-at',
  featureKey: 'notice-feature-key',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a datetime-local value in this browser's zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toIso = (local: string) => {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString();
};

export function valuesOf(notice: AdminNotice): NoticeFormValues {
  return {
    title: notice.title,
    body: notice.body,
    severity: notice.severity,
    audience: notice.audience,
    startsAt: toLocalInput(notice.startsAt),
    endsAt: toLocalInput(notice.endsAt),
    featureKey: notice.featureKey ?? '',
  };
}

/** What the inputs hold as CreateNoticeRequest: the times as ISO instants, no feature as null. */
export const NoticeValues = z
  .object({
    title: z.string(),
    body: z.string(),
    severity: z.string(),
    audience: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    featureKey: z.string(),
  })
  .transform((values): z.input<typeof CreateNoticeRequest> => ({
    ...values,
    // Any string here: the contract's enums check them in the pipe below.
    severity: values.severity as z.input<typeof CreateNoticeRequest>['severity'],
    audience: values.audience as z.input<typeof CreateNoticeRequest>['audience'],
    startsAt: toIso(values.startsAt),
    endsAt: toIso(values.endsAt),
    featureKey: values.featureKey || null,
  }))
  .pipe(CreateNoticeRequest);

/** One message per field, whatever the contract found wrong with it. */
export const noticeMessages = Object.fromEntries(
  Object.keys(noticeFieldIds).map((field) => [field, `content:notices.errors.${field}`]),
);
