import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams, type LoaderFunction } from 'react-router';
import { Breadcrumbs } from '../../../components/ui/breadcrumbs.tsx';
import { casePath, pageLabelKey, paths } from '../../../config/paths.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { caseQueryOptions } from '../../../features/cases/api/get-case.ts';
import { statementPaymentsQueryOptions } from '../../../features/cases/api/get-payments.ts';
import { Statement } from '../../../features/cases/components/statement.tsx';
import { StatementPeriodForm } from '../../../features/cases/components/statement-period-form.tsx';
import { parsePaymentFilters } from '../../../features/cases/lib/payment-filters.ts';
import { defaultStatementPeriod, type StatementPeriod } from '../../../features/cases/lib/statement.ts';
import { readyForServices } from '../../../lib/session/ready-for-services.ts';
import { session } from '../../../lib/session/session.ts';
import { caseNumberFrom, useCaseNumber } from './case-route-params.ts';

/** ?from=&to= as chosen, the last twelve months where not. */
function periodFrom(search: URLSearchParams): StatementPeriod {
  const chosen = parsePaymentFilters(search);
  const fallback = defaultStatementPeriod();
  return { from: chosen.from ?? fallback.from, to: chosen.to ?? fallback.to };
}

export function caseStatementLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ params, request }) => {
    const caseNumber = caseNumberFrom(params);
    if (!(await readyForServices(session))) return null;
    const period = periodFrom(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(caseQueryOptions(caseNumber));
    await Promise.all([
      queryClient.ensureQueryData(meQueryOptions()),
      queryClient.ensureQueryData(statementPaymentsQueryOptions(caseNumber, period)),
    ]);
    return null;
  };
}

/** A printable statement: on screen with its period form and Print button; on paper, the statement alone. */
export function CaseStatementRoute() {
  const { t } = useTranslation('cases');
  const { t: tCommon } = useTranslation();
  const caseNumber = useCaseNumber();
  const [searchParams] = useSearchParams();
  const period = periodFrom(searchParams);
  const [preparedAt] = useState(() => new Date());
  const { data: detail } = useSuspenseQuery(caseQueryOptions(caseNumber));
  const { data: me } = useSuspenseQuery(meQueryOptions());
  const { data: payments } = useSuspenseQuery(statementPaymentsQueryOptions(caseNumber, period));
  const caseHeading = t('caseHeading', { caseNumber });

  return (
    <div className="padding-bottom-4">
      <Breadcrumbs
        trail={[
          { label: t(pageLabelKey('myCase')), to: paths.myCase.path },
          { label: caseHeading, to: casePath('caseDetail', caseNumber) },
          { label: t(pageLabelKey('casePayments')), to: casePath('casePayments', caseNumber) },
          { label: t(pageLabelKey('caseStatement')) },
        ]}
      />
      <Statement
        agencyName={tCommon('agencyName')}
        parentName={`${me.firstName} ${me.lastName}`}
        detail={detail}
        period={period}
        payments={payments}
        preparedAt={preparedAt}
        controls={<StatementPeriodForm caseNumber={caseNumber} period={period} />}
      />
    </div>
  );
}
