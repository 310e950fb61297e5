import type { MonthlyTotals } from '@cos/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import { summarizeMonths, toChartPoints } from '../lib/monthly-totals.ts';
import { ChartBoundary } from './chart-boundary.tsx';
import { MonthlyTable } from './monthly-table.tsx';
import './cases.css';

// recharts is most of the app's weight: it loads only when a Payments page is opened.
const MonthlyChart = lazy(() =>
  import('./monthly-chart.tsx').then((module) => ({ default: module.MonthlyChart })),
);

/** Two years of paid vs owed: a sentence, the chart, and the same figures as a table on request. */
export function MonthlyOverview({ totals }: { totals: MonthlyTotals }) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  const summary = summarizeMonths(totals.items);
  if (!summary.firstMonth || !summary.lastMonth) return <p>{t('monthly.none')}</p>;

  return (
    <>
      <p>
        {t('monthly.summary', {
          first: formatMonth(summary.firstMonth, language, 'long'),
          last: formatMonth(summary.lastMonth, language, 'long'),
          owed: formatCents(summary.owedCents),
          paid: formatCents(summary.paidCents),
        })}{' '}
        {t('monthly.covered', { count: summary.monthsCovered, months: summary.months })}
      </p>
      {/* The empty box keeps the chart's place while it loads, so nothing below jumps. */}
      <ChartBoundary>
        <Suspense fallback={<div className="cos-chart" aria-hidden="true" />}>
          <MonthlyChart points={toChartPoints(totals.items, language)} />
        </Suspense>
      </ChartBoundary>
      <details className="cos-details">
        <summary>{t('monthly.showTable')}</summary>
        <MonthlyTable items={totals.items} summary={summary} />
      </details>
    </>
  );
}
