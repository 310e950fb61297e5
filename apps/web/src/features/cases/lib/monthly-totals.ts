// The 24-month picture (owed vs paid) shaped once, so the chart, its data table and the sentence
// read by screen readers all show the same numbers.
import type { MonthlyTotals } from '@cos/contracts';
import { formatMonth } from '../../../lib/format/agency-time.ts';
import { centsToDollars } from '../../../lib/format/money.ts';

export type MonthTotal = MonthlyTotals['items'][number];

export type MonthlySummary = {
  owedCents: number;
  paidCents: number;
  months: number;
  /** Months in which what was paid covered what came due (a month with nothing due counts). */
  monthsCovered: number;
  firstMonth: string | undefined;
  lastMonth: string | undefined;
};

export function summarizeMonths(items: readonly MonthTotal[]): MonthlySummary {
  return {
    owedCents: items.reduce((sum, item) => sum + item.owedCents, 0),
    paidCents: items.reduce((sum, item) => sum + item.paidCents, 0),
    months: items.length,
    monthsCovered: items.filter((item) => item.paidCents >= item.owedCents).length,
    firstMonth: items[0]?.month,
    lastMonth: items.at(-1)?.month,
  };
}

export type ChartPoint = { month: string; label: string; owed: number; paid: number };

/** One bar pair per month, in dollars, labelled in the page's language ("Jan 2025"). */
export function toChartPoints(items: readonly MonthTotal[], language: string): ChartPoint[] {
  return items.map((item) => ({
    month: item.month,
    label: formatMonth(item.month, language),
    owed: centsToDollars(item.owedCents),
    paid: centsToDollars(item.paidCents),
  }));
}
