import type { DocumentItem } from '@cos/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTimeShort } from '../../../lib/format/agency-time.ts';
import { downloadDocument } from '../api/download-document.ts';
import { formatFileSize } from '../lib/upload-form.ts';

const statusTag = {
  submitted: 'bg-gold text-ink',
  accepted: 'bg-green',
  rejected: 'bg-secondary-dark',
} as const;

/** The parent's documents with their review status and, when there is one, the staff's message. */
export function DocumentList({ documents }: { documents: readonly DocumentItem[] }) {
  const { t, i18n } = useTranslation('documents');
  const language = i18n.resolvedLanguage ?? 'en';
  const [failed, setFailed] = useState<string | null>(null);

  async function download(document: DocumentItem) {
    setFailed(null);
    try {
      await downloadDocument(document.id, document.fileName);
    } catch {
      setFailed(document.fileName);
    }
  }

  return (
    <section aria-labelledby="documents-heading" className="margin-top-5">
      <h2 id="documents-heading">{t('list.heading')}</h2>
      <p role="status">{failed ? t('list.downloadFailed', { fileName: failed }) : ''}</p>
      {documents.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <div className="usa-table-container--scrollable">
          <table className="usa-table usa-table--borderless width-full">
            <thead>
              <tr>
                <th scope="col">{t('list.document')}</th>
                <th scope="col">{t('list.case')}</th>
                <th scope="col">{t('list.uploaded')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.message')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled text-left"
                      onClick={() => void download(document)}
                    >
                      {document.fileName}
                      <span className="usa-sr-only"> {t('list.download')}</span>
                    </button>
                    <div className="font-body-3xs text-normal">
                      {document.description} · {formatFileSize(document.sizeBytes, language)}
                    </div>
                  </th>
                  <td>{document.caseNumber ?? t('list.noCase')}</td>
                  <td>
                    <time dateTime={document.uploadedAt}>
                      {formatAgencyDateTimeShort(document.uploadedAt, language)}
                    </time>
                  </td>
                  <td>
                    <span className={`usa-tag ${statusTag[document.status]}`}>
                      {t(`status.${document.status}`)}
                    </span>
                  </td>
                  <td>{document.reviewMessage ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
