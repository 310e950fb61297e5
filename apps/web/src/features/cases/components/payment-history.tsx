import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentsInfiniteQueryOptions } from '../api/get-payments.ts';
import { hasPaymentFilters, type PaymentFilters } from '../lib/payment-filters.ts';
import { PaymentTable } from './payment-table.tsx';

/**
 * The full history, newest first, a page at a time. "Show more" follows the API's cursor and then
 * moves focus to the first added row, so keyboard and screen reader users carry on from there.
 */
export function PaymentHistory({ caseNumber, filters }: { caseNumber: string; filters: PaymentFilters }) {
  const { t } = useTranslation('cases');
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(paymentsInfiniteQueryOptions(caseNumber, filters));
  const items = data.pages.flatMap((page) => page.items);
  const [focusRow, setFocusRow] = useState<number>();
  const focusTarget = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    if (focusRow !== undefined && focusRow < items.length) focusTarget.current?.focus();
  }, [focusRow, items.length]);

  if (items.length === 0) {
    return <p role="status">{t(hasPaymentFilters(filters) ? 'history.noneMatching' : 'history.none')}</p>;
  }

  return (
    <>
      <p role="status">{t(hasNextPage ? 'history.shown' : 'history.allShown', { count: items.length })}</p>
      <PaymentTable
        items={items}
        caption={t('history.caption', { caseNumber })}
        focusRow={focusRow}
        rowRef={(element) => {
          focusTarget.current = element;
        }}
      />
      {isFetchNextPageError && <p className="usa-error-message">{t('history.moreFailed')}</p>}
      {hasNextPage && (
        <button
          type="button"
          className="usa-button usa-button--outline cos-no-print"
          disabled={isFetchingNextPage}
          onClick={() => {
            setFocusRow(items.length);
            void fetchNextPage();
          }}
        >
          {isFetchingNextPage ? t('history.loadingMore') : t('history.showMore')}
        </button>
      )}
    </>
  );
}
