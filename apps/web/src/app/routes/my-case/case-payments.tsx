import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams, type LoaderFunction } from 'react-router';
import { Breadcrumbs } from '../../../components/ui/breadcrumbs.tsx';
import { casePath, pageLabelKey, paths } from '../../../config/paths.ts';
import { caseQueryOptions } from '../../../features/cases/api/get-case.ts';
import { monthlyTotalsQueryOptions } from '../../../features/cases/api/get-monthly-totals.ts';
import { paymentsInfiniteQueryOptions } from '../../../features/cases/api/get-payments.ts';
import { MonthlyOverview } from '../../../features/cases/components/monthly-overview.tsx';
import { PaymentFiltersForm } from '../../../features/cases/components/payment-filters-form.tsx';
import { PaymentHistory } from '../../../features/cases/components/payment-history.tsx';
import { parsePaymentFilters } from '../../../features/cases/lib/payment-filters.ts';
import { readyForServices } from '../../../lib/session/ready-for-services.ts';
import { session } from '../../../lib/session/session.ts';
import { caseNumberFrom, useCaseNumber } from './case-route-params.ts';

export function casePaymentsLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ params, request }) => {
    const caseNumber = caseNumberFrom(params);
    if (!(await readyForServices(session))) return null;
    const filters = parsePaymentFilters(new URL(request.url).searchParams);
    // The case first: another parent's case stops here with its 404, before two more requests.
    await queryClient.ensureQueryData(caseQueryOptions(caseNumber));
    await Promise.all([
      queryClient.ensureQueryData(monthlyTotalsQueryOptions(caseNumber)),
      queryClient.ensureInfiniteQueryData(paymentsInfiniteQueryOptions(caseNumber, filters)),
    ]);
    return null;
  };
}

/** One case's payments: two years at a glance (chart and table), then the full, filterable history. */
export function CasePaymentsRoute() {
  const { t } = useTranslation('cases');
  const caseNumber = useCaseNumber();
  const [searchParams] = useSearchParams();
  const filters = parsePaymentFilters(searchParams);
  const { data: detail } = useSuspenseQuery(caseQueryOptions(caseNumber));
  const { data: monthly } = useSuspenseQuery(monthlyTotalsQueryOptions(caseNumber));
  const caseHeading = t('caseHeading', { caseNumber });

  return (
    <div className="padding-bottom-4">
      <Breadcrumbs
        trail={[
          { label: t(pageLabelKey('myCase')), to: paths.myCase.path },
          { label: caseHeading, to: casePath('caseDetail', caseNumber) },
          { label: t(pageLabelKey('casePayments')) },
        ]}
      />
      <h1 className="margin-top-0">{t(pageLabelKey('casePayments'))}</h1>
      <p className="usa-intro">
        {caseHeading} · {t(`roles.${detail.role}`)}
      </p>
      <p className="cos-no-print">
        <Link
          className="usa-button usa-button--outline"
          to={casePath('caseStatement', caseNumber, { from: filters.from, to: filters.to })}
        >
          {t('statement.link')}
        </Link>
      </p>
      <section aria-labelledby="monthly-heading" className="margin-top-4">
        <h2 id="monthly-heading">{t('monthly.heading')}</h2>
        <MonthlyOverview totals={monthly} />
      </section>
      <section aria-labelledby="history-heading" className="margin-top-5">
        <h2 id="history-heading">{t('history.heading')}</h2>
        <PaymentFiltersForm caseNumber={caseNumber} filters={filters} />
        {/* Keyed by the filters: a new list starts afresh (no focus carried over from "Show more"). */}
        <PaymentHistory key={searchParams.toString()} caseNumber={caseNumber} filters={filters} />
      </section>
    </div>
  );
}
