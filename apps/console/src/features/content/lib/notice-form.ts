// The notice form's values (what the inputs hold) to and from the API's request, checked with the
// contract's schema. Start and end are typed as local date-times (the supervisor's own clock) and
// sent as ISO instants.
import { CreateNoticeRequest, type AdminNotice } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

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

const isField = (field: string): field is keyof NoticeFormValues => Object.hasOwn(noticeFieldIds, field);
export const noticeFieldId = (field: string) => (isField(field) ? noticeFieldIds[field] : undefined);

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

/** The request, or the problems (one message key per field, in form order). */
export function checkNotice(values: NoticeFormValues) {
  const parsed = CreateNoticeRequest.safeParse({
    ...values,
    startsAt: toIso(values.startsAt),
    endsAt: toIso(values.endsAt),
    featureKey: values.featureKey || null,
  });
  if (parsed.success) return { request: parsed.data, errors: [] as FieldError[] };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const errors = (Object.keys(noticeFieldIds) as (keyof NoticeFormValues)[])
    .filter((field) => fields.has(field))
    .map((field) => ({ fieldId: noticeFieldIds[field], messageKey: `content:notices.errors.${field}` }));
  return { request: null, errors };
}
