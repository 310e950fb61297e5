// What the parent is told about a reviewed change request (notification and email): which kind,
// the decision, and the caseworker's reason when rejected. No details of the change itself travel
// by email (an address or phone is personal information).
import type { ChangeRequestKind } from '@cos/contracts';

const WHAT: Record<ChangeRequestKind, string> = {
  address: 'address',
  phone: 'phone number',
  email: 'email address',
  employer: 'employer',
};

export function outcomeMessage(
  kind: ChangeRequestKind,
  status: 'accepted' | 'rejected',
  reason: string | undefined,
) {
  const what = WHAT[kind];
  if (status === 'accepted') {
    return {
      subject: `Your ${what} change was accepted`,
      body: `We reviewed your request to change your ${what} and updated your records. You can see your details on file on the Provide Info page.`,
    };
  }
  return {
    subject: `Your ${what} change was not accepted`,
    body:
      `We reviewed your request to change your ${what} and could not accept it.\nReason: ${reason ?? 'not given'}\n\n` +
      'You can send a new request on the Provide Info page, or call the Customer Communication Center at 1-877-423-4746.',
  };
}
