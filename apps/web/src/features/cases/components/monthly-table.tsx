import type { MonthlyTotals } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import type { MonthlySummary } from '../lib/monthly-totals.ts';
import './cases.css';

/** The chart's numbers as a table (its accessible alternative), with the totals in the footer. */
export function MonthlyTable({ items, summary }: { items: MonthlyTotals['items']; summary: MonthlySummary }) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <table className="usa-table usa-table--borderless usa-table--compact cos-monthly-table">
      <caption>{t('monthly.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('monthly.month')}</th>
          <th scope="col" className="cos-amount">
            {t('monthly.owed')}
          </th>
          <th scope="col" className="cos-amount">
            {t('monthly.paid')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.month} data-month={item.month}>
            <th scope="row">{formatMonth(item.month, language, 'long')}</th>
            <td className="cos-amount">{formatCents(item.owedCents)}</td>
            <td className="cos-amount">{formatCents(item.paidCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('monthly.total')}</th>
          <td className="cos-amount">{formatCents(summary.owedCents)}</td>
          <td className="cos-amount">{formatCents(summary.paidCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
