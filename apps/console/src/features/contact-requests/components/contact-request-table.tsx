import type { StaffContactRequest } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { contactRequestPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** The requests of one page: number (opens it), when, who, topic, case. */
export function ContactRequestTable({ items }: { items: readonly StaffContactRequest[] }) {
  const { t, i18n } = useTranslation('contactRequests');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <DataTable
      caption={t('table.caption')}
      columns={[
        t('table.number'),
        t('table.submitted'),
        t('table.name'),
        t('table.topic'),
        t('table.caseNumber'),
      ]}
      className="usa-table usa-table--borderless usa-table--compact width-full"
      scrollable={false}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            <Link to={contactRequestPath(item.id)}>{item.confirmationNumber}</Link>
          </th>
          <td>{formatAgencyDateTime(item.submittedAt, language)}</td>
          <td>{item.name}</td>
          <td>{t(`topics.${item.topic}`)}</td>
          <td>{item.caseNumber ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
