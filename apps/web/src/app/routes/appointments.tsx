import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import {
  appointmentOfficesQueryOptions,
  appointmentsQueryOptions,
} from '../../features/appointments/api/get-appointments.ts';
import { AppointmentList } from '../../features/appointments/components/appointment-list.tsx';
import { BookingForm } from '../../features/appointments/components/booking-form.tsx';
import { casesQueryOptions } from '../../features/cases/api/get-cases.ts';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function appointmentsLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) {
      await Promise.all([
        queryClient.ensureQueryData(appointmentsQueryOptions()),
        queryClient.ensureQueryData(appointmentOfficesQueryOptions()),
        queryClient.ensureQueryData(casesQueryOptions()),
      ]);
    }
    return null;
  };
}

/** Appointments: see and cancel upcoming ones, book a new one at an office. */
export function AppointmentsRoute() {
  const { t } = useTranslation('appointments');
  const appointments = useSuspenseQuery(appointmentsQueryOptions());
  const offices = useSuspenseQuery(appointmentOfficesQueryOptions());
  const cases = useSuspenseQuery(casesQueryOptions());
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('appointments'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <AppointmentList appointments={appointments.data.items} />
          <BookingForm
            offices={offices.data.items}
            caseNumbers={cases.data.items.map((item) => item.caseNumber)}
          />
        </div>
      </div>
    </div>
  );
}
