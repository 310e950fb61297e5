// @vitest-environment jsdom
import type { CaseDetail } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { NextAppointment } from './next-appointment.tsx';

afterEach(cleanup);

const appointment: NonNullable<CaseDetail['nextAppointment']> = {
  startsAt: '2026-12-01T14:00:00.000Z',
  officeName: 'Folkston Child Support Office',
  purpose: 'Talk about my payments',
  officeClosed: false,
};

function renderNext(next: CaseDetail['nextAppointment'], language: 'en' | 'es' = 'en') {
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <NextAppointment appointment={next} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('NextAppointment on My Case', () => {
  it('says the office has closed since, with the number to call to rebook (en and es)', () => {
    renderNext({ ...appointment, officeClosed: true });
    expect(screen.getByText(/This office is now closed/).textContent).toBe(
      'This office is now closed — call 1-877-423-4746 to rebook.',
    );
    expect(screen.getByRole('link', { name: '1-877-423-4746' }).getAttribute('href')).toBe(
      'tel:+18774234746',
    );
    cleanup();
    renderNext({ ...appointment, officeClosed: true }, 'es');
    expect(screen.getByText(/Esta oficina ya está cerrada/).textContent).toBe(
      'Esta oficina ya está cerrada: llame al 1-877-423-4746 para reservar otra cita.',
    );
  });

  it('says nothing of the kind while the office is open', () => {
    renderNext(appointment);
    expect(screen.getByText('Folkston Child Support Office')).toBeTruthy();
    expect(screen.queryByText(/closed/)).toBeNull();
  });
});
