import { AppointmentList, AppointmentOfficeList, AppointmentSlotList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The parent's upcoming appointments, earliest first. */
export function appointmentsQueryOptions() {
  return queryOptions({
    queryKey: ['appointments', 'list'],
    queryFn: () => apiRequest(apiPaths.appointments.list, { schema: AppointmentList }),
  });
}

/** Every office, the parent's case offices marked. */
export function appointmentOfficesQueryOptions() {
  return queryOptions({
    queryKey: ['appointments', 'offices'],
    queryFn: () => apiRequest(apiPaths.appointments.offices, { schema: AppointmentOfficeList }),
    staleTime: 10 * 60_000,
  });
}

/** One office's free slots (read fresh each time: others book them). */
export function slotsQueryOptions(officeId: string) {
  return queryOptions({
    queryKey: ['appointments', 'slots', officeId],
    queryFn: () => apiRequest(apiPaths.appointments.slots(officeId), { schema: AppointmentSlotList }),
    staleTime: 0,
  });
}
