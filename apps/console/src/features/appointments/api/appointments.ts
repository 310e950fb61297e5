import { StaffAppointment, StaffAppointmentDay, StaffAppointmentOfficeList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every office to choose from (closed ones too: their booked appointments stay). */
export function appointmentOfficesQueryOptions() {
  return queryOptions({
    queryKey: ['appointments', 'offices'],
    queryFn: () => apiRequest(apiPaths.appointments.offices, { schema: StaffAppointmentOfficeList }),
    retry: false,
    staleTime: 60_000,
  });
}

/** One office's appointments on one day, by time (each read is audited). */
export function appointmentDayQueryOptions(officeId: string, date: string) {
  return queryOptions({
    queryKey: ['appointments', 'day', officeId, date],
    queryFn: () =>
      apiRequest(`${apiPaths.appointments.day}${queryString({ officeId, date })}`, {
        schema: StaffAppointmentDay,
      }),
    retry: false,
  });
}

/** Cancels the booking; the slot is free again and the parent is told the reason. */
export function cancelAppointment(id: string, reason: string) {
  return apiRequest(apiPaths.appointments.cancel(id), {
    method: 'POST',
    body: { reason },
    schema: StaffAppointment,
  });
}
