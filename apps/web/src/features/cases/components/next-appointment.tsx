import type { CaseDetail } from '@cos/contracts';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import './cases.css';

export function NextAppointment({ appointment }: { appointment: CaseDetail['nextAppointment'] }) {
  const { t, i18n } = useTranslation('cases');
  const manage = (
    <p>
      <Link to={paths.appointments.path}>{t('appointment.manage')}</Link>
    </p>
  );
  if (!appointment) {
    return (
      <>
        <p>{t('appointment.none')}</p>
        {manage}
      </>
    );
  }
  return (
    <>
      <dl className="cos-figures">
        <div className="cos-figure">
          <dt>{t('appointment.when')}</dt>
          <dd>
            <time dateTime={appointment.startsAt}>
              {formatAgencyDateTime(appointment.startsAt, i18n.resolvedLanguage ?? 'en')}
            </time>
          </dd>
        </div>
        <div className="cos-figure">
          <dt>{t('appointment.where')}</dt>
          <dd>
            {appointment.officeName}
            {appointment.officeClosed && (
              // Closed since the booking: the parent calls to rebook (or cancels on Appointments).
              <span className="display-block">
                <Trans t={t} i18nKey="appointment.officeClosed" components={{ phone: <PhoneLink /> }} />
              </span>
            )}
          </dd>
        </div>
        <div className="cos-figure">
          <dt>{t('appointment.purpose')}</dt>
          <dd>{appointment.purpose}</dd>
        </div>
      </dl>
      {manage}
    </>
  );
}
