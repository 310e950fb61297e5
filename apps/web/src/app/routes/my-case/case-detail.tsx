import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type LoaderFunction } from 'react-router';
import { Breadcrumbs } from '../../../components/ui/breadcrumbs.tsx';
import { casePath, pageLabelKey, paths } from '../../../config/paths.ts';
import { caseQueryOptions } from '../../../features/cases/api/get-case.ts';
import { ActivityTimeline } from '../../../features/cases/components/activity-timeline.tsx';
import { CaseBalances } from '../../../features/cases/components/case-balances.tsx';
import { CaseOffice } from '../../../features/cases/components/case-office.tsx';
import { CaseOverview } from '../../../features/cases/components/case-overview.tsx';
import { CasePeople } from '../../../features/cases/components/case-people.tsx';
import { LicenseStatus } from '../../../features/cases/components/license-status.tsx';
import { NextAppointment } from '../../../features/cases/components/next-appointment.tsx';
import { PaymentTable } from '../../../features/cases/components/payment-table.tsx';
import { SupportOrder } from '../../../features/cases/components/support-order.tsx';
import { readyForServices } from '../../../lib/session/ready-for-services.ts';
import { session } from '../../../lib/session/session.ts';
import { caseNumberFrom, useCaseNumber } from './case-route-params.ts';

export function caseDetailLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ params }) => {
    const caseNumber = caseNumberFrom(params);
    if (await readyForServices(session)) await queryClient.ensureQueryData(caseQueryOptions(caseNumber));
    return null;
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-5">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** Everything about one case, in the order a parent asks: what is owed, the order, who, where, what next. */
export function CaseDetailRoute() {
  const { t } = useTranslation('cases');
  const caseNumber = useCaseNumber();
  const { data: detail } = useSuspenseQuery(caseQueryOptions(caseNumber));
  const heading = t('caseHeading', { caseNumber });

  return (
    <div className="padding-bottom-4">
      <Breadcrumbs
        trail={[{ label: t(pageLabelKey('myCase')), to: paths.myCase.path }, { label: heading }]}
      />
      <h1 className="margin-top-0">{heading}</h1>
      <CaseOverview detail={detail} />
      <div className="grid-row grid-gap-lg">
        <div className="tablet:grid-col-6">
          <Section id="balances" title={t('detail.balancesHeading')}>
            <CaseBalances balances={detail.balances} />
          </Section>
          <Section id="order" title={t('detail.orderHeading')}>
            <SupportOrder order={detail.order} />
          </Section>
          <Section id="people" title={t('detail.peopleHeading')}>
            <CasePeople otherPartyName={detail.otherPartyName} childrenOnCase={detail.children} />
          </Section>
        </div>
        <div className="tablet:grid-col-6">
          <Section id="office" title={t('detail.officeHeading')}>
            <CaseOffice office={detail.office} county={detail.county} />
          </Section>
          <Section id="appointment" title={t('detail.appointmentHeading')}>
            <NextAppointment appointment={detail.nextAppointment} />
          </Section>
          <Section id="license" title={t('detail.licenseHeading')}>
            <LicenseStatus status={detail.driversLicenseStatus} role={detail.role} />
          </Section>
        </div>
      </div>
      <Section id="recent-payments" title={t('detail.recentPaymentsHeading')}>
        {detail.recentPayments.length === 0 ? (
          <p>{t('history.none')}</p>
        ) : (
          <PaymentTable
            items={detail.recentPayments}
            caption={t('detail.recentPaymentsCaption', { count: detail.recentPayments.length })}
          />
        )}
        <p>
          <Link to={casePath('casePayments', caseNumber)}>{t('detail.fullHistory')}</Link>
        </p>
      </Section>
      <Section id="activity" title={t('detail.activityHeading')}>
        <ActivityTimeline activity={detail.activity} />
      </Section>
    </div>
  );
}
