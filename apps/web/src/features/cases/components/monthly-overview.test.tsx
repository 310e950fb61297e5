// @vitest-environment jsdom
import { createI18n } from '@cos/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { MonthlyOverview } from './monthly-overview.tsx';

afterEach(cleanup);

const totals = {
  items: [
    { month: '2026-10', owedCents: 32500, paidCents: 29900 },
    { month: '2026-11', owedCents: 32500, paidCents: 32500 },
  ],
};

function renderOverview(items = totals.items) {
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <MonthlyOverview totals={{ items }} />
    </I18nextProvider>,
  );
}

describe('MonthlyOverview', () => {
  it('says in a sentence what the chart shows, for screen readers and everyone else', () => {
    renderOverview();
    expect(
      screen.getByText(/^From October 2026 to November 2026, \$650\.00 came due and \$624\.00 was paid\./)
        .textContent,
    ).toContain('What was paid covered what came due in 1 of 2 months.');
  });

  it('gives the same figures as a table, with totals', () => {
    renderOverview();
    const table = screen.getByRole('table', {
      name: 'Owed and paid each month, last 24 months',
      hidden: true,
    });
    const rows = [...table.querySelectorAll('tr')].map((row) => row.textContent);
    expect(rows).toEqual([
      'MonthOwedPaid',
      'October 2026$325.00$299.00',
      'November 2026$325.00$325.00',
      'Total$650.00$624.00',
    ]);
  });

  it('keeps the chart itself away from assistive technology', () => {
    renderOverview();
    expect(document.querySelector('.cos-chart')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says so when there is nothing to show yet', () => {
    renderOverview([]);
    expect(screen.getByText('There are no monthly figures for this case yet.')).toBeTruthy();
  });
});
