import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import './cases.css';

export function NextAppointment({ appointment }: { appointment: CaseDetail['nextAppointment'] }) {
  const { t, i18n } = useTranslation('cases');
  if (!appointment) return <p>{t('appointment.none')}</p>;
  return (
    <dl className="cos-figures">
      <div className="cos-figure">
        <dt>{t('appointment.when')}</dt>
        <dd>
          <time dateTime={appointment.startsAt}>{formatAgencyDateTime(appointment.startsAt, i18n.resolvedLanguage ?? 'en')}</time>
        </dd>
      </div>
      <div className="cos-figure">
        <dt>{t('appointment.where')}</dt>
        <dd>{appointment.officeName}</dd>
      </div>
      <div className="cos-figure">
        <dt>{t('appointment.purpose')}</dt>
        <dd>{appointment.purpose}</dd>
      </div>
    </dl>
  );
}
