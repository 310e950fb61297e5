import type { StaffDocumentItem } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { accountPath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format.ts';

type Props = {
  items: readonly StaffDocumentItem[];
  onDownload: (item: StaffDocumentItem) => void;
  onReview: (item: StaffDocumentItem, decision: 'accepted' | 'rejected') => void;
};

const statusTag = {
  submitted: 'bg-gold text-ink',
  accepted: 'bg-green',
  rejected: 'bg-secondary-dark',
} as const;

/** The queue: who sent what, when, for which case; download, accept or reject while it waits. */
export function DocumentQueueTable({ items, onDownload, onReview }: Props) {
  const { t, i18n } = useTranslation('documents');
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <DataTable
      caption={t('table.caption')}
      columns={[
        t('table.uploaded'),
        t('table.customer'),
        t('table.document'),
        t('table.case'),
        t('table.status'),
        t('table.actions'),
      ]}
      className="usa-table usa-table--borderless usa-table--compact width-full font-body-2xs"
    >
      {items.map((item) => (
        <tr key={item.id}>
          <td className="text-no-wrap">{formatAgencyDateTime(item.uploadedAt, language)}</td>
          <td>
            <Link to={accountPath(item.accountId)}>{item.customerName}</Link>
            <span className="display-block font-body-3xs text-base-dark">{item.userId}</span>
          </td>
          <td>
            <button
              type="button"
              className="usa-button usa-button--unstyled text-left"
              onClick={() => onDownload(item)}
            >
              {item.fileName}
              <span className="usa-sr-only"> {t('table.download')}</span>
            </button>
            <span className="display-block font-body-3xs">{item.description}</span>
            <span className="display-block font-body-3xs text-base-dark">
              {t(`types.${item.contentType}`)}
            </span>
          </td>
          <td>{item.caseNumber ?? '—'}</td>
          <td>
            <span className={`usa-tag ${statusTag[item.status]}`}>{t(`status.${item.status}`)}</span>
            {item.reviewMessage && (
              <span className="display-block font-body-3xs margin-top-05">{item.reviewMessage}</span>
            )}
          </td>
          <td>
            {item.status === 'submitted' && (
              <ul className="usa-button-group">
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    onClick={() => onReview(item, 'accepted')}
                  >
                    {t('actions.accept')}
                    <span className="usa-sr-only"> {item.fileName}</span>
                  </button>
                </li>
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--secondary"
                    onClick={() => onReview(item, 'rejected')}
                  >
                    {t('actions.reject')}
                    <span className="usa-sr-only"> {item.fileName}</span>
                  </button>
                </li>
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
