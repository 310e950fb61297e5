import type { PaymentItem } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import './cases.css';

type PaymentTableProps = {
  items: readonly PaymentItem[];
  caption: string;
  /** Index of a row to give focus to (the first one "Show more" added). */
  focusRow?: number | undefined;
  rowRef?: ((element: HTMLTableCellElement | null) => void) | undefined;
};

/**
 * Payments newest first: received, amount, how it was paid, status (a hold with its reason), when
 * and how it was sent on, and what was owed after it. Stacked into blocks on a phone.
 */
export function PaymentTable({ items, caption, focusRow, rowRef }: PaymentTableProps) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  const columns = ['received', 'amount', 'source', 'status', 'sentOut', 'balanceAfter'] as const;
  const label = (column: (typeof columns)[number]) => t(`payments.columns.${column}`);

  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header cos-payment-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column}
              scope="col"
              className={column === 'amount' || column === 'balanceAfter' ? 'cos-amount' : undefined}
            >
              {label(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id}>
            <th
              scope="row"
              data-label={label('received')}
              tabIndex={index === focusRow ? -1 : undefined}
              ref={index === focusRow ? rowRef : undefined}
            >
              {formatAgencyDate(item.receivedAt, language)}
            </th>
            <td data-label={label('amount')} className="cos-amount">
              {formatCents(item.amountCents)}
            </td>
            <td data-label={label('source')}>{t(`payments.sources.${item.source}`)}</td>
            <td data-label={label('status')}>
              {item.status === 'held' && item.holdReason
                ? t('payments.heldBecause', { reason: item.holdReason })
                : t(`payments.statuses.${item.status}`)}
            </td>
            <td data-label={label('sentOut')}>
              {!item.disbursedAt
                ? t('payments.notSentOut')
                : item.disbursementMethod
                  ? t('payments.sentOutOn', {
                      date: formatAgencyDate(item.disbursedAt, language),
                      method: t(`payments.methods.${item.disbursementMethod}`),
                    })
                  : formatAgencyDate(item.disbursedAt, language)}
            </td>
            <td data-label={label('balanceAfter')} className="cos-amount">
              {formatCents(item.balanceAfterCents)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
