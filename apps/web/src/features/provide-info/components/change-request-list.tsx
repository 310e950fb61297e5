import type { ChangeRequestItem } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { formatUsPhone } from '../../../lib/format/phone.ts';

const statusTag: Record<ChangeRequestItem['status'], string> = {
  submitted: 'bg-primary',
  accepted: 'bg-green',
  rejected: 'bg-secondary-dark',
};

/** What a request asks for, on one line: "12 Main St, Apt 2, Atlanta, GA 30303". */
function requestedText(item: ChangeRequestItem): string {
  const r = item.requested;
  switch (item.kind) {
    case 'address':
      return [r.addressLine1, r.addressLine2, r.city, [r.state, r.zip].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
    case 'phone':
      return r.phone ? formatUsPhone(r.phone) : '';
    case 'email':
      return r.email ?? '';
    case 'employer':
      return [r.employerName, r.employerAddress].filter(Boolean).join(', ');
  }
}

/** The parent's change requests with their status; a rejection shows the caseworker's reason. */
export function ChangeRequestList({ items }: { items: readonly ChangeRequestItem[] }) {
  const { t, i18n } = useTranslation('provideInfo');
  const language = i18n.resolvedLanguage ?? 'en';
  if (items.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className="usa-sr-only">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.sent')}</th>
          <th scope="col">{t('list.kind')}</th>
          <th scope="col">{t('list.requested')}</th>
          <th scope="col">{t('list.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-change-request={item.id}>
            <td data-label={t('list.sent')}>{formatAgencyDate(item.createdAt, language)}</td>
            <th scope="row" data-label={t('list.kind')}>
              {t(`kinds.${item.kind}`)}
            </th>
            <td data-label={t('list.requested')}>{requestedText(item)}</td>
            <td data-label={t('list.status')}>
              <span className={`usa-tag ${statusTag[item.status]}`}>{t(`status.${item.status}`)}</span>
              {item.status === 'rejected' && item.reviewReason && (
                <p className="margin-y-1">{t('list.reason', { reason: item.reviewReason })}</p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
