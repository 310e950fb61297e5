import { describe, expect, it } from 'vitest';
import { summarizeMonths, toChartPoints } from './monthly-totals.ts';

const months = [
  { month: '2024-12', owedCents: 130000, paidCents: 22100 },
  { month: '2025-01', owedCents: 32500, paidCents: 32500 },
  { month: '2025-02', owedCents: 0, paidCents: 0 },
  { month: '2025-03', owedCents: 32500, paidCents: 40000 },
];

describe('summarizeMonths', () => {
  it('adds up owed and paid over the months shown', () => {
    const summary = summarizeMonths(months);
    expect(summary.owedCents).toBe(195000);
    expect(summary.paidCents).toBe(94600);
    expect(summary.months).toBe(4);
    expect(summary.firstMonth).toBe('2024-12');
    expect(summary.lastMonth).toBe('2025-03');
  });

  it('counts a month as covered when what was paid reached what came due', () => {
    expect(summarizeMonths(months).monthsCovered).toBe(3);
  });

  it('has nothing to say about no months', () => {
    expect(summarizeMonths([])).toEqual({
      owedCents: 0,
      paidCents: 0,
      months: 0,
      monthsCovered: 0,
      firstMonth: undefined,
      lastMonth: undefined,
    });
  });
});

describe('toChartPoints', () => {
  it('gives the chart dollars, oldest month first, with short month names', () => {
    expect(toChartPoints(months.slice(0, 2), 'en')).toEqual([
      { month: '2024-12', label: 'Dec 2024', owed: 1300, paid: 221 },
      { month: '2025-01', label: 'Jan 2025', owed: 325, paid: 325 },
    ]);
  });
});
