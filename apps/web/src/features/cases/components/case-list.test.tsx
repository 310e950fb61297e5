// @vitest-environment jsdom
import type { CaseSummary } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { CaseList } from './case-list.tsx';

afterEach(cleanup);

const payer: CaseSummary = {
  caseNumber: '1000000002',
  status: 'open',
  role: 'non_custodial',
  county: 'Cobb',
  otherPartyName: 'Andre McBride',
  monthlyObligationCents: 32500,
  totalOwedCents: 310900,
  lastPayment: { receivedAt: '2026-11-05T13:10:00.000Z', amountCents: 18500 },
};

function renderList(cases: CaseSummary[], language: 'en' | 'es' = 'en') {
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <CaseList cases={cases} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('CaseList', () => {
  it('gives each case a card with the role in plain words, the balance first, and its links', () => {
    renderList([
      payer,
      {
        ...payer,
        caseNumber: '1000000001',
        role: 'custodial',
        lastPayment: null,
        monthlyObligationCents: null,
        otherPartyName: null,
      },
    ]);
    const [paying, receiving] = screen.getAllByRole('listitem');
    if (!paying || !receiving) throw new Error('two cards expected');

    expect(within(paying).getByRole('heading').textContent).toBe('Case 1000000002');
    expect(paying.textContent).toContain('You pay support');
    expect(paying.textContent).toContain('Total you owe$3,109.00');
    expect(paying.textContent).toContain('$185.00 on Nov 5, 2026');
    expect(
      within(paying).getByRole('link', { name: 'See case details for case 1000000002' }).getAttribute('href'),
    ).toBe('/my-case/1000000002');
    expect(
      within(paying).getByRole('link', { name: 'See payments for case 1000000002' }).getAttribute('href'),
    ).toBe('/my-case/1000000002/payments');

    expect(receiving.textContent).toContain('You receive support');
    expect(receiving.textContent).toContain('Total owed to you');
    expect(receiving.textContent).toContain('No payments yet');
    expect(receiving.textContent).toContain('No support order yet');
    expect(receiving.textContent).toContain('Not on record');
  });

  it('explains an account without cases and who to call', () => {
    renderList([]);
    expect(screen.getByRole('heading').textContent).toBe('There are no cases on your account yet');
    expect(screen.getByRole('link', { name: '1-877-423-4746' }).getAttribute('href')).toBe(
      'tel:+18774234746',
    );
  });

  it('speaks Spanish, with amounts still in US dollars', () => {
    renderList([payer], 'es');
    const card = screen.getByRole('listitem');
    expect(card.textContent).toContain('Usted paga la manutención');
    expect(card.textContent).toContain('$3,109.00');
  });
});
