// @vitest-environment jsdom
import type { AppointmentItem } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { AppointmentList } from './appointment-list.tsx';

afterEach(cleanup);

const booked: AppointmentItem = {
  id: '0190a000-0000-7000-8000-000000000001',
  startsAt: '2026-12-01T14:00:00.000Z',
  endsAt: '2026-12-01T14:45:00.000Z',
  office: {
    id: 'o1',
    name: 'Folkston Child Support Office',
    addressLine1: '68 Kingsland Drive',
    city: 'Folkston',
    zip: '31537',
    phone: '9125550170',
  },
  purpose: 'Talk about my payments',
  caseNumber: null,
  status: 'booked',
  cancelReason: null,
  officeClosed: false,
};

function renderList(appointments: AppointmentItem[], language: 'en' | 'es' = 'en') {
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <AppointmentList appointments={appointments} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('AppointmentList, an office closed since the booking', () => {
  it('tells the parent to call and rebook, with the number to dial, and still offers to cancel', () => {
    renderList([
      { ...booked, officeClosed: true },
      {
        ...booked,
        id: 'other',
        startsAt: '2026-12-02T14:00:00.000Z',
        office: { ...booked.office, name: 'Open Office' },
      },
    ]);
    const [closed, open] = screen.getAllByRole('listitem');
    if (!closed || !open) throw new Error('two appointments expected');
    expect(closed.textContent).toContain(
      'Office closed This office is now closed — call 1-877-423-4746 to rebook.',
    );
    expect(within(closed).getByRole('link', { name: '1-877-423-4746' }).getAttribute('href')).toBe(
      'tel:+18774234746',
    );
    expect(within(closed).getByRole('button', { name: /Cancel appointment/ })).toBeTruthy();
    expect(open.textContent).not.toContain('closed');
  });

  it('says it in Spanish', () => {
    renderList([{ ...booked, officeClosed: true }], 'es');
    expect(screen.getByRole('listitem').textContent).toContain(
      'Esta oficina ya está cerrada: llame al 1-877-423-4746 para reservar otra cita.',
    );
  });

  it('does not add it to an appointment the office already cancelled (that one says why)', () => {
    renderList([
      { ...booked, officeClosed: true, status: 'cancelled', cancelReason: 'Office closed for good' },
    ]);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Why: Office closed for good');
    expect(item.textContent).not.toContain('to rebook');
  });
});
