import { TextField } from '@cos/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import { parsePaymentFilters } from '../lib/payment-filters.ts';
import type { StatementPeriod } from '../lib/statement.ts';
import './cases.css';

/** The statement's period (on screen only) and the Print button that turns the page into paper or PDF. */
export function StatementPeriodForm({ caseNumber, period }: { caseNumber: string; period: StatementPeriod }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = parsePaymentFilters(
      new URLSearchParams({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') }),
    );
    void navigate(casePath('caseStatement', caseNumber, { from: chosen.from, to: chosen.to }));
  }

  return (
    <form key={`${period.from}-${period.to}`} className="cos-filters cos-no-print" onSubmit={show} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend text-bold">{t('statement.periodLegend')}</legend>
        <div className="grid-row grid-gap">
          <div className="mobile-lg:grid-col-6 desktop:grid-col-4">
            <TextField
              id="statement-from"
              name="from"
              type="date"
              label={t('filters.from')}
              defaultValue={period.from}
            />
          </div>
          <div className="mobile-lg:grid-col-6 desktop:grid-col-4">
            <TextField
              id="statement-to"
              name="to"
              type="date"
              label={t('filters.to')}
              defaultValue={period.to}
            />
          </div>
        </div>
        <div className="cos-filters__actions">
          <button type="submit" className="usa-button usa-button--outline">
            {t('statement.showPeriod')}
          </button>
          <button type="button" className="usa-button" onClick={() => window.print()}>
            {t('statement.print')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
