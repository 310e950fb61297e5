import type { StaffContactRequest } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contactRequestPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** The requests of one page: number (opens it), when, who, topic, case. */
export function ContactRequestTable({ items }: { items: readonly StaffContactRequest[] }) {
  const { t, i18n } = useTranslation('contactRequests');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <table className="usa-table usa-table--borderless usa-table--compact width-full">
      <caption className="usa-sr-only">{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.number')}</th>
          <th scope="col">{t('table.submitted')}</th>
          <th scope="col">{t('table.name')}</th>
          <th scope="col">{t('table.topic')}</th>
          <th scope="col">{t('table.caseNumber')}</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
