import type { StaffChangeRequestSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changeRequestPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { ChangeValues } from './change-values.tsx';

/** One page of the queue: who, what kind, what they ask for, when, status (the kind opens it). */
export function ChangeRequestTable({ items }: { items: readonly StaffChangeRequestSummary[] }) {
  const { t, i18n } = useTranslation('changeRequests');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <table className="usa-table usa-table--borderless usa-table--compact width-full">
      <caption className="usa-sr-only">{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.kind')}</th>
          <th scope="col">{t('table.customer')}</th>
          <th scope="col">{t('table.requested')}</th>
          <th scope="col">{t('table.submitted')}</th>
          <th scope="col">{t('table.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link to={changeRequestPath(item.id)}>
                {t(`kinds.${item.kind}`)} <span className="usa-sr-only">{t('table.of', { name: item.customerName })}</span>
              </Link>
            </th>
            <td>
              {item.customerName} <span className="text-base">({item.userId})</span>
            </td>
            <td>
              <ChangeValues values={item.requested} />
            </td>
            <td>{formatAgencyDateTime(item.createdAt, language)}</td>
            <td>{t(`status.${item.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
