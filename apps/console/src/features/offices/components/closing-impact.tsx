import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, queryString } from '../../../config/paths.ts';
import { agencyToday } from '../../../lib/format.ts';
import { officeQueryOptions } from '../api/offices.ts';

/**
 * What closing leaves behind, read fresh when the dialog opens (the list's copy may be minutes
 * old): the upcoming booked appointments, and a link to the first one's day on the Appointments
 * page, where staff cancel them one by one and each parent is told (closing cancels nothing).
 */
export function ClosingImpact({ officeId }: { officeId: string }) {
  const { t } = useTranslation('offices');
  const office = useQuery(officeQueryOptions(officeId));
  if (office.isPending) return <p>{t('dialog.impactLoading')}</p>;
  if (office.isError) return <p role="alert">{t('dialog.impactError')}</p>;
  const { upcomingAppointments, nextAppointmentAt } = office.data;
  const day = nextAppointmentAt ? agencyToday(new Date(nextAppointmentAt)) : undefined;
  return (
    <>
      <p className="text-bold">{t('dialog.upcoming', { count: upcomingAppointments })}</p>
      {upcomingAppointments > 0 && (
        <p>
          {t('dialog.upcomingHelp')}{' '}
          <Link to={`${paths.appointments.path}${queryString({ officeId, date: day })}`}>
            {t('dialog.upcomingLink')}
          </Link>
        </p>
      )}
    </>
  );
}
