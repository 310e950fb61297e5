import { AppointmentItem, type BookAppointmentRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * 409 SLOT_TAKEN when someone else was quicker; 409 CONFLICT when the parent already has that time;
 * 409 TOO_MANY_APPOINTMENTS when the parent already holds the most upcoming appointments allowed.
 */
export function bookAppointment(request: BookAppointmentRequest) {
  return apiRequest(apiPaths.appointments.list, { method: 'POST', body: request, schema: AppointmentItem });
}

export function cancelAppointment(id: string) {
  return apiRequest(apiPaths.appointments.cancel(id), { method: 'POST', schema: AppointmentItem });
}
