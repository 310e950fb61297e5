import type { StaffApplicationDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** What the applicant sent: themselves, the other parent, the children and any existing order. */
export function ApplicationDetails({ application }: { application: StaffApplicationDetail }) {
  const { t, i18n } = useTranslation('applications');
  const language = i18n.resolvedLanguage ?? 'en';
  const { applicant, otherParent, children, existingOrder } = application.details;
  const row = (label: string, value: string) => (
    <>
      <dt className="text-bold">{label}</dt>
      <dd className="margin-left-0 margin-bottom-1">{value}</dd>
    </>
  );
  const address = [
    applicant.address.line1,
    applicant.address.line2,
    `${applicant.address.city}, ${applicant.address.state} ${applicant.address.zip}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <dl>
        {row(t('view.status'), t(`statuses.${application.status}`))}
        {application.statusReason && row(t('view.reason'), application.statusReason)}
        {row(t('table.submitted'), formatAgencyDateTime(application.submittedAt, language))}
        {row(t('view.fromAccount'), application.fromAccount ? t('view.yes') : t('view.no'))}
      </dl>
      <h2>{t('view.applicant')}</h2>
      <dl>
        {row(t('view.name'), `${applicant.firstName} ${applicant.lastName}`)}
        {row(t('view.dateOfBirth'), applicant.dateOfBirth)}
        {row(t('view.address'), address)}
        {row(t('view.phone'), applicant.phone)}
        {row(t('view.email'), applicant.email ?? '—')}
      </dl>
      <h2>{t('view.otherParent')}</h2>
      {otherParent ? (
        <dl>
          {row(t('view.name'), `${otherParent.firstName} ${otherParent.lastName}`)}
          {row(t('view.dateOfBirth'), otherParent.dateOfBirth ?? '—')}
          {row(t('view.lastKnownAddress'), otherParent.lastKnownAddress ?? '—')}
        </dl>
      ) : (
        <p>{t('view.otherParentUnknown')}</p>
      )}
      <h2>{t('view.children')}</h2>
      <ul>
        {children.map((child, index) => (
          <li key={index}>
            {t('view.child', {
              name: `${child.firstName} ${child.lastName}`,
              dateOfBirth: child.dateOfBirth,
            })}
          </li>
        ))}
      </ul>
      <h2>{t('view.existingOrder')}</h2>
      {existingOrder.hasOrder ? (
        <dl>
          {row(t('view.court'), existingOrder.court ?? '—')}
          {row(t('view.orderNumber'), existingOrder.orderNumber ?? '—')}
        </dl>
      ) : (
        <p>{t('view.noOrder')}</p>
      )}
    </>
  );
}
