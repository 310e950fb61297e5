import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import {
  appointmentDayQueryOptions,
  appointmentOfficesQueryOptions,
} from '../../features/appointments/api/appointments.ts';
import { AppointmentDayTable } from '../../features/appointments/components/appointment-day-table.tsx';
import { DayPicker } from '../../features/appointments/components/day-picker.tsx';
import { agencyToday } from '../../lib/format.ts';

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** "Tuesday, November 3, 2026" for the calendar day itself (noon UTC: the same day in any zone). */
const longDate = (day: string, language: string) =>
  new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));

/** Agents: one office's appointments on one day; cancel a booking with a reason the parent is told. */
export function AppointmentsRoute() {
  const { t, i18n } = useTranslation('appointments');
  const [search] = useSearchParams();
  const offices = useQuery(appointmentOfficesQueryOptions());
  const officeId = search.get('officeId') ?? '';
  const date = search.get('date');
  const day = isDate(date) ? date : agencyToday();
  const office = offices.data?.items.find((candidate) => candidate.id === officeId);

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {offices.isPending && <PageLoading />}
      {offices.isError && <p role="alert">{t('picker.error')}</p>}
      {offices.data && (
        <DayPicker offices={offices.data.items} officeId={office ? officeId : ''} date={day} />
      )}
      <section aria-labelledby="appointment-day-heading" className="margin-top-4">
        <h2 id="appointment-day-heading">
          {office
            ? t('table.heading', { office: office.name, date: longDate(day, i18n.resolvedLanguage ?? 'en') })
            : t('table.headingNone')}
        </h2>
        {office ? <DayResults officeId={office.id} date={day} /> : <p>{t('table.chooseOffice')}</p>}
      </section>
    </div>
  );
}

function DayResults({ officeId, date }: { officeId: string; date: string }) {
  const { t } = useTranslation('appointments');
  const query = useQuery(appointmentDayQueryOptions(officeId, date));
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <p role="alert">{t('table.error')}</p>;
  if (query.data.items.length === 0) return <p>{t('table.none')}</p>;
  return <AppointmentDayTable items={query.data.items} />;
}
