// @vitest-environment jsdom
import type { PaymentItem } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { PaymentTable } from './payment-table.tsx';

afterEach(cleanup);

const base: PaymentItem = {
  id: 'p1',
  receivedAt: '2026-11-06T02:30:00.000Z',
  amountCents: 24750,
  source: 'wage_withholding',
  status: 'disbursed',
  holdReason: null,
  disbursedAt: '2026-11-07T15:00:00.000Z',
  disbursementMethod: 'direct_deposit',
  balanceAfterCents: 310900,
};

function renderTable(items: PaymentItem[]) {
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <PaymentTable items={items} caption="Payments" />
    </I18nextProvider>,
  );
  return screen.getAllByRole('row').slice(1);
}

describe('PaymentTable', () => {
  it('shows a payment as a parent reads it: Georgia day, dollars, plain words', () => {
    const [row] = renderTable([base]);
    if (!row) throw new Error('no row');
    // 02:30 UTC on the 6th was the evening of the 5th in Atlanta.
    expect(within(row).getByRole('rowheader').textContent).toBe('Nov 5, 2026');
    expect(row.textContent).toContain('$247.50');
    expect(row.textContent).toContain('Wage withholding');
    expect(row.textContent).toContain('Sent out');
    expect(row.textContent).toContain('Nov 7, 2026, direct deposit');
    expect(row.textContent).toContain('$3,109.00');
  });

  it('says why a payment is held, and that it has not been sent out yet', () => {
    const [row] = renderTable([
      {
        ...base,
        status: 'held',
        holdReason: 'Address verification',
        disbursedAt: null,
        disbursementMethod: null,
      },
    ]);
    expect(row?.textContent).toContain('Held: Address verification');
    expect(row?.textContent).toContain('Not yet');
  });

  it('names every other status', () => {
    const rows = renderTable([
      { ...base, id: 'a', status: 'pending', disbursedAt: null, disbursementMethod: null },
      { ...base, id: 'b', status: 'reversed', disbursedAt: null, disbursementMethod: null },
      { ...base, id: 'c', status: 'received', disbursedAt: null, disbursementMethod: null },
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Pending',
      'Reversed',
      'Received',
    ]);
  });
});
