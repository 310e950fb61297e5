import type { StaffApplicationSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { applicationPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** The applications of one page: number (opens it), when, applicant, children, status. */
export function ApplicationTable({ items }: { items: readonly StaffApplicationSummary[] }) {
  const { t, i18n } = useTranslation('applications');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <DataTable
      caption={t('table.caption')}
      columns={[
        t('table.number'),
        t('table.submitted'),
        t('table.applicant'),
        t('table.children'),
        t('table.status'),
      ]}
      className="usa-table usa-table--borderless usa-table--compact width-full"
      scrollable={false}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            <Link to={applicationPath(item.id)}>{item.confirmationNumber}</Link>
          </th>
          <td>{formatAgencyDateTime(item.submittedAt, language)}</td>
          <td>{item.applicantName}</td>
          <td>{item.childCount}</td>
          <td>{t(`statuses.${item.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
