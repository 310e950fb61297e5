import { SelectField, TextField } from '@cos/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import {
  parsePaymentFilters,
  paymentFiltersQuery,
  paymentSources,
  periodIsReversed,
  type PaymentFilters,
} from '../lib/payment-filters.ts';
import './cases.css';

/**
 * Date range and source. Applying them navigates to the same page with ?from=&to=&source= (empty
 * fields left out), so the loader fetches, and a reload or a shared link keeps the filters.
 */
export function PaymentFiltersForm({ caseNumber, filters }: { caseNumber: string; filters: PaymentFilters }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const reversed = periodIsReversed(filters);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const key of ['from', 'to', 'source'] as const) search.set(key, String(form.get(key) ?? ''));
    void navigate(casePath('casePayments', caseNumber, paymentFiltersQuery(parsePaymentFilters(search))));
  }

  return (
    // Keyed by the filters, so "Clear filters" or the Back button resets what the fields show.
    <form key={JSON.stringify(filters)} className="cos-filters cos-no-print" onSubmit={apply} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend text-bold">{t('filters.legend')}</legend>
        <div className="grid-row grid-gap">
          <div className="mobile-lg:grid-col-6 desktop:grid-col-4">
            <TextField
              id="payments-from"
              name="from"
              type="date"
              label={t('filters.from')}

              defaultValue={filters.from ?? ''}
              error={reversed ? t('filters.reversed') : undefined}
            />
          </div>
          <div className="mobile-lg:grid-col-6 desktop:grid-col-4">
            <TextField
              id="payments-to"
              name="to"
              type="date"
              label={t('filters.to')}
              defaultValue={filters.to ?? ''}
            />
          </div>
          <div className="mobile-lg:grid-col-6 desktop:grid-col-4">
            <SelectField
              id="payments-source"
              name="source"
              label={t('filters.source')}
              defaultValue={filters.source ?? ''}
            >
              <option value="">{t('filters.allSources')}</option>
              {paymentSources.map((source) => (
                <option key={source} value={source}>
                  {t(`payments.sources.${source}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <div className="cos-filters__actions">
          <button type="submit" className="usa-button">
            {t('filters.apply')}
          </button>
          <Link to={casePath('casePayments', caseNumber)}>{t('filters.clear')}</Link>
        </div>
      </fieldset>
    </form>
  );
}
