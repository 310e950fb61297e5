import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/format/money.ts';
import type { ChartPoint } from '../lib/monthly-totals.ts';
import './cases.css';

// USWDS palette: owed in a cool grey, paid in the primary blue (contrast ≥ 3:1 against white).
const owedColor = '#71767a';
const paidColor = '#005ea2';

const wholeDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/**
 * Paid vs owed per month, as bars. A picture for sighted readers only: it is hidden from assistive
 * technology (and recharts' keyboard layer is off, so nothing in it takes focus); the sentence
 * above it and the data table below it carry the same numbers for everyone.
 */
export function MonthlyChart({ points }: { points: readonly ChartPoint[] }) {
  const { t } = useTranslation('cases');
  const owed = t('monthly.owed');
  const paid = t('monthly.paid');

  return (
    <div className="cos-chart" aria-hidden="true" data-testid="monthly-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[...points]}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke="#dfe1e2" />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} tickLine={false} />
          <YAxis
            tickFormatter={(value: number) => wholeDollars.format(value)}
            width={64}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            formatter={(value) => formatCents(Math.round(Number(value) * 100))}
            cursor={{ fill: '#f0f0f0' }}
          />
          <Legend />
          <Bar dataKey="owed" name={owed} fill={owedColor} isAnimationActive={false} />
          <Bar dataKey="paid" name={paid} fill={paidColor} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
