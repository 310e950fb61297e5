// The parent's notification when the office cancels their appointment (the email is
// email/case-templates.ts, in their language): when, where and why — no case details.
import { AGENCY_TIME_ZONE } from '../../../lib/agency-time.ts';

const when = new Intl.DateTimeFormat('en-US', {
  timeZone: AGENCY_TIME_ZONE,
  dateStyle: 'full',
  timeStyle: 'short',
});

export function cancelledMessage(appointment: { startsAt: Date; officeName: string; reason: string }): {
  subject: string;
  body: string;
} {
  const at = when.format(appointment.startsAt);
  return {
    subject: 'Your office appointment is cancelled',
    body:
      `Your appointment on ${at} (Georgia time) at ${appointment.officeName} has been cancelled by the office.\n` +
      `Reason: ${appointment.reason}\n\n` +
      'You can book another time under Appointments when you sign in, or call the Customer Communication Center at 1-877-423-4746.',
  };
}
