// @vitest-environment jsdom
// The details step (react-hook-form with the contract's rules): problems go to the focused error
// summary naming each field, in the parent's language; good values continue with the amount in cents.
import type { CaseSummary } from '@cos/contracts';
import { createI18n, type FieldError } from '@cos/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import type { PaymentDetails } from '../lib/payment-form.ts';
import { PaymentForm } from './payment-form.tsx';

afterEach(cleanup);
// jsdom does no layout; the summary's links scroll the field into view.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

const cases: CaseSummary[] = [
  {
    caseNumber: '1000000001',
    status: 'open',
    role: 'non_custodial',
    county: 'Fulton',
    otherPartyName: null,
    monthlyObligationCents: 45_000,
    totalOwedCents: 120_000,
    lastPayment: null,
  },
  {
    caseNumber: '1000000002',
    status: 'open',
    role: 'non_custodial',
    county: 'Cobb',
    otherPartyName: null,
    monthlyObligationCents: 30_000,
    totalOwedCents: 10_000,
    lastPayment: null,
  },
];

function renderForm(language: 'en' | 'es' = 'en', serverErrors: FieldError[] = []) {
  const onContinue = vi.fn<(details: PaymentDetails) => void>();
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <PaymentForm cases={cases} draft={null} serverErrors={serverErrors} onContinue={onContinue} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return onContinue;
}

const summary = () => screen.getByRole('alert');

describe('the Make Payment details form', () => {
  it('starts from the first case’s monthly support and follows the chosen case', () => {
    renderForm();
    const amount = screen.getByLabelText('Amount', { exact: false });
    expect((amount as HTMLInputElement).value).toBe('450.00');
    fireEvent.change(screen.getByLabelText('Case'), { target: { value: '1000000002' } });
    expect((amount as HTMLInputElement).value).toBe('100.00');
    // No card field on our page: the card goes into the processor's own form.
    expect(screen.queryByLabelText(/card number/i)).toBeNull();
  });

  it('names an empty or too small amount in a focused error summary, linked to the field', async () => {
    const onContinue = renderForm();
    const amount = screen.getByLabelText('Amount', { exact: false });
    fireEvent.change(amount, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to card details' }));
    await waitFor(() => expect(document.activeElement).toBe(summary()));
    expect(summary().textContent).toContain('Enter the amount to pay');
    expect(amount.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(amount, { target: { value: '0.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to card details' }));
    await waitFor(() => expect(summary().textContent).toContain('The smallest payment is $1.00'));
    fireEvent.click(screen.getByRole('link', { name: 'The smallest payment is $1.00' }));
    expect(document.activeElement).toBe(amount);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('continues with the amount in cents as typed', async () => {
    const onContinue = renderForm();
    fireEvent.change(screen.getByLabelText('Amount', { exact: false }), { target: { value: '$1,234.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to card details' }));
    await waitFor(() =>
      expect(onContinue).toHaveBeenCalledWith({
        caseNumber: '1000000001',
        amount: 123_450,
        amountText: '$1,234.50',
      }),
    );
  });

  it('comes back from a later step with the server’s problem focused and shown at its field', async () => {
    renderForm('en', [{ fieldId: 'payment-amount', messageKey: 'makePayment:errors.amountCents.tooLarge' }]);
    await waitFor(() => expect(document.activeElement).toBe(summary()));
    const amount = screen.getByLabelText('Amount', { exact: false });
    expect(summary().textContent).toContain('The largest online payment is $10,000.00');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks Spanish', async () => {
    renderForm('es');
    fireEvent.change(screen.getByLabelText('Monto', { exact: false }), { target: { value: 'diez' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continuar a los datos de la tarjeta' }));
    await waitFor(() => expect(summary().textContent).toContain('Hay un problema'));
  });
});
