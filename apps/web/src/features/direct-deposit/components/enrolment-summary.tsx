import type { MaskedEnrolment } from '@cos/contracts';
import { useTranslation } from 'react-i18next';

/** The account payments go to, masked: type and the last 4 digits, never the full number. */
export function EnrolmentSummary({ enrolment }: { enrolment: MaskedEnrolment | null }) {
  const { t, i18n } = useTranslation('directDeposit');
  if (!enrolment) return <p>{t('current.none')}</p>;
  const updated = new Date(enrolment.updatedAt).toLocaleDateString(i18n.language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'America/New_York',
  });
  return (
    <div className="usa-summary-box" aria-labelledby="dd-current-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="dd-current-heading">
          {t('current.heading')}
        </h2>
        <div className="usa-summary-box__text" data-testid="dd-current">
          <p>
            {t('current.account', {
              type: t(`accountTypes.${enrolment.accountType}`),
              last4: enrolment.accountNumberLast4,
            })}
          </p>
          <p>{t('current.routing', { last4: enrolment.routingNumberLast4 })}</p>
          <p>{t('current.updated', { date: updated })}</p>
        </div>
      </div>
    </div>
  );
}
