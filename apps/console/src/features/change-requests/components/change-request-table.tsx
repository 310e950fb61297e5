import type { StaffChangeRequestSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { changeRequestPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';
import { ChangeValues } from './change-values.tsx';

/** One page of the queue: who, what kind, what they ask for, when, status (the kind opens it). */
export function ChangeRequestTable({ items }: { items: readonly StaffChangeRequestSummary[] }) {
  const { t, i18n } = useTranslation('changeRequests');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <DataTable
      caption={t('table.caption')}
      columns={[
        t('table.kind'),
        t('table.customer'),
        t('table.requested'),
        t('table.submitted'),
        t('table.status'),
      ]}
      className="usa-table usa-table--borderless usa-table--compact width-full"
      scrollable={false}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            <Link to={changeRequestPath(item.id)}>
              {t(`kinds.${item.kind}`)}{' '}
              <span className="usa-sr-only">{t('table.of', { name: item.customerName })}</span>
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
    </DataTable>
  );
}
