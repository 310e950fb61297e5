import { DocumentStatus, type StaffDocumentItem } from '@cos/contracts';
import { SelectField } from '@cos/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '../../components/ui/paged-results.tsx';
import { ReasonDialog } from '../../components/ui/reason-dialog.tsx';
import { useCursorPages } from '../../components/ui/use-cursor-pages.ts';
import {
  documentQueueQueryOptions,
  downloadDocument,
  reviewDocument,
} from '../../features/documents/api/documents.ts';
import { DocumentQueueTable } from '../../features/documents/components/document-queue-table.tsx';

type Review = { item: StaffDocumentItem; decision: 'accepted' | 'rejected' };

/** Agents: documents parents uploaded, those waiting for review first; download, accept, reject. */
export function DocumentsRoute() {
  const { t } = useTranslation('documents');
  const [search, setSearch] = useSearchParams();
  const parsed = DocumentStatus.safeParse(search.get('status'));
  const status = parsed.success ? parsed.data : undefined;

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="maxw-mobile-lg">
        <SelectField
          id="document-status"
          label={t('filter.label')}
          value={status ?? ''}
          onChange={(event) => setSearch(event.target.value ? { status: event.target.value } : {})}
        >
          <option value="">{t('filter.all')}</option>
          {DocumentStatus.options.map((option) => (
            <option key={option} value={option}>
              {t(`status.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <DocumentQueue key={status ?? 'all'} status={status} />
    </div>
  );
}

function DocumentQueue({ status }: { status: DocumentStatus | undefined }) {
  const { t } = useTranslation('documents');
  const queryClient = useQueryClient();
  const pages = useCursorPages();
  const query = useQuery(documentQueueQueryOptions(status, pages.cursor));
  const [review, setReview] = useState<Review | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  async function download(item: StaffDocumentItem) {
    try {
      await downloadDocument(item.id, item.fileName);
      setDone(t('download.done', { fileName: item.fileName }));
    } catch {
      setDone(t('download.failed', { fileName: item.fileName }));
    }
  }

  async function confirm({ item, decision }: Review, text: string) {
    await reviewDocument(item.id, { decision, ...(text ? { message: text } : {}) });
    setReview(null);
    setDone(
      t(decision === 'accepted' ? 'actions.acceptedDone' : 'actions.rejectedDone', {
        fileName: item.fileName,
        name: item.customerName,
      }),
    );
    await queryClient.invalidateQueries({ queryKey: ['documents'] });
  }

  return (
    <>
      <PagedResults
        pages={pages}
        query={query}
        headingId="queue-heading"
        heading={t('table.heading')}
        status={
          done ? (
            <div
              ref={message}
              tabIndex={-1}
              role="status"
              className="usa-alert usa-alert--info usa-alert--slim margin-bottom-2 cos-focus-target"
            >
              <div className="usa-alert__body">
                <p className="usa-alert__text">{done}</p>
              </div>
            </div>
          ) : null
        }
        loadingText={t('table.loading')}
        errorText={t('table.error')}
        emptyText={t('table.none')}
        pagerLabel={t('table.pages')}
      >
        {(items) => (
          <DocumentQueueTable
            items={items}
            onDownload={(item) => void download(item)}
            onReview={(item, decision) => setReview({ item, decision })}
          />
        )}
      </PagedResults>
      {(['accepted', 'rejected'] as const).map((decision) => (
        <ReasonDialog
          key={decision}
          open={review?.decision === decision}
          heading={t(decision === 'accepted' ? 'actions.acceptHeading' : 'actions.rejectHeading')}
          description={
            <p>
              {review
                ? t('actions.description', { fileName: review.item.fileName, name: review.item.customerName })
                : ''}
            </p>
          }
          confirmLabel={t(decision === 'accepted' ? 'actions.accept' : 'actions.reject')}
          reasonRequired={decision === 'rejected'}
          onCancel={() => setReview(null)}
          onConfirm={(text) => (review ? confirm(review, text) : Promise.resolve())}
        />
      ))}
    </>
  );
}
