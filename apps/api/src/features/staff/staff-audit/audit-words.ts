// Audit events in plain words for the console (account view and audit page): "Failed sign-in:
// wrong password", "Session ended after 15 minutes without activity". An action this file does
// not know yet still reads sensibly ("Recovery answer (failure)"), so new events never break it.
type Details = Record<string, unknown>;

const REASONS: Record<string, string> = {
  wrong_password: 'wrong password',
  unknown_user_id: 'unknown User ID',
  unknown_username: 'unknown username',
  locked: 'the account was locked',
  disabled: 'the account is disabled',
  wrong_totp: 'wrong authenticator code',
  missing_totp: 'no authenticator code',
  totp_replayed: 'authenticator code already used',
  wrong_current_password: 'wrong current password',
  temporary_password_expired: 'the temporary password had expired',
  name_mismatch: 'details did not match',
};

const SESSION_ENDS: Record<string, string> = {
  sign_out: 'Signed out',
  sign_out_everywhere: 'Signed out on every device',
  reuse_detected: 'Session ended: an old sign-in token was used again (possible theft)',
  idle_timeout: 'Session ended after 15 minutes without activity',
  absolute_timeout: 'Session ended at its time limit',
  password_changed: 'Other sessions ended by a password change',
  password_reset: 'Sessions ended by a password reset',
  account_disabled: 'Session ended: the account is disabled',
  revoked_by_staff: 'Sessions ended by the contact center',
  totp_enrolled: 'Enrolment session ended after the authenticator was set up',
  staff_user_reset: 'Sessions ended by an administrator’s reset',
};

const text = (details: Details, key: string): string | null => {
  const value = details[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
};

const because = (details: Details) => {
  const reason = text(details, 'reason');
  return reason ? `: ${REASONS[reason] ?? reason.replaceAll('_', ' ')}` : '';
};

const why = (details: Details) => {
  const reason = text(details, 'reason');
  return reason ? ` — “${reason}”` : '';
};

function signIn(outcome: string, details: Details, who: string): string {
  if (outcome === 'success') return `${who} signed in`;
  return `${who === 'Staff' ? 'Failed console sign-in' : 'Failed sign-in'}${because(details)}`;
}

const DESCRIBE: Record<string, (outcome: string, details: Details) => string> = {
  sign_in: (outcome, details) => signIn(outcome, details, 'Customer'),
  account_locked: (_, details) =>
    `Sign-in locked after too many failed attempts${text(details, 'lockedUntil') ? ` (until ${text(details, 'lockedUntil')})` : ''}`,
  password_changed: (outcome, details) =>
    outcome === 'success' ? 'Password changed' : `Password change failed${because(details)}`,
  session_revoked: (_, details) => SESSION_ENDS[text(details, 'reason') ?? ''] ?? 'Session ended',
  session_refresh_retried: () =>
    'Session kept after a page was left mid-refresh (the same browser retried within seconds)',
  registration_verify: (outcome, details) =>
    outcome === 'success' ? 'Identity check passed' : `Identity check failed${because(details)}`,
  registration_duplicate: () => 'Someone tried to register again for this person',
  registration_blocked: () => 'Self-service registration blocked after too many failed identity checks',
  registration_completed: () => 'Registered online',
  recovery_start: (outcome) =>
    outcome === 'success' ? 'Started “Forgot User ID or Password”' : 'Recovery start refused',
  recovery_blocked: () => 'Recovery blocked after too many attempts',
  recovery_answer: (outcome) =>
    outcome === 'success' ? 'Answered the security questions' : 'Wrong answers to the security questions',
  recovery_locked: () => 'Self-service recovery locked after too many wrong answers',
  temporary_password_issued: () => 'Temporary password issued',
  user_id_recovered: () => 'User ID recovered',
  security_questions_changed: () => 'Security questions changed',
  staff_sign_in: (outcome, details) => signIn(outcome, details, 'Staff'),
  staff_account_locked: () => 'Console sign-in locked after too many failed attempts',
  staff_warning_acknowledged: () => 'Acknowledged the sign-in warning',
  staff_totp_enrolment_started: () => 'Started setting up an authenticator app',
  staff_totp_enrolled: () => 'Set up an authenticator app',
  staff_password_changed: (outcome, details) =>
    outcome === 'success'
      ? 'Changed their console password'
      : `Console password change failed${because(details)}`,
  staff_access_denied: (_, details) =>
    `Refused access to ${text(details, 'method') ?? ''} ${text(details, 'route') ?? 'a console page'}${
      text(details, 'reason') === 'customer_token'
        ? ' (customer sign-in)'
        : text(details, 'required')
          ? ` (needs ${text(details, 'required')})`
          : ''
    }`.replace('  ', ' '),
  staff_search: (_, details) =>
    `Searched for ${text(details, 'query') ?? 'an account'} (${text(details, 'reason') ?? 'no reason'}${
      text(details, 'reasonText') ? `: ${text(details, 'reasonText')}` : ''
    }), ${text(details, 'results') ?? 0} result(s)`,
  staff_account_view: () => 'Viewed the account',
  staff_ssn_reveal: (_, details) => `Revealed the full SSN${why(details)}`,
  staff_audit_read: (_, details) =>
    `Read the audit trail${text(details, 'format') === 'csv' ? ' (CSV export)' : ''}`,
  staff_unlock: (_, details) => `Unlocked sign-in${why(details)}`,
  staff_recovery_lock_lifted: (_, details) => `Lifted the recovery lock${why(details)}`,
  staff_sessions_revoked: (_, details) =>
    `Signed the customer out everywhere (${text(details, 'sessions') ?? 0} session(s))${why(details)}`,
  staff_note_added: () => 'Added a note',
  staff_user_created: (_, details) =>
    `Created staff user ${text(details, 'username') ?? ''} (${text(details, 'role') ?? ''})`,
  staff_user_disabled: (_, details) =>
    `Disabled staff user ${text(details, 'username') ?? ''}${why(details)}`,
  staff_user_reset: (_, details) =>
    `Reset staff user ${text(details, 'username') ?? ''} (new temporary password, authenticator to set up again)${why(details)}`,
  staff_contact_requests_read: (_, details) =>
    `Read the ${text(details, 'status') ?? 'open'} contact requests (${text(details, 'results') ?? 0})`,
  staff_contact_request_view: (_, details) =>
    `Viewed contact request ${text(details, 'confirmationNumber') ?? ''}`,
  staff_contact_request_answered: (_, details) =>
    `Answered contact request ${text(details, 'confirmationNumber') ?? ''}`,
  staff_notice_created: (_, details) => `Created the notice “${text(details, 'title') ?? ''}”`,
  staff_notice_updated: (_, details) => `Edited the notice “${text(details, 'title') ?? ''}”`,
  staff_notice_retired: (_, details) => `Retired the notice “${text(details, 'title') ?? ''}”`,
  staff_feature_switched: (_, details) =>
    `Turned ${text(details, 'key') ?? 'a feature'} ${text(details, 'after')?.includes('true') ? 'on' : 'off'}${why(details)}`,
  staff_app_policy_updated: () => 'Changed the mobile app version policy',
  staff_office_created: (_, details) => `Added the office “${text(details, 'name') ?? ''}”`,
  staff_office_updated: (_, details) => `Edited the office “${text(details, 'name') ?? ''}”`,
  staff_office_closed: (_, details) => `Closed the office “${text(details, 'name') ?? ''}”${why(details)}`,
  staff_office_reopened: (_, details) =>
    `Reopened the office “${text(details, 'name') ?? ''}”${why(details)}`,
  direct_deposit_updated: (_, details) =>
    `Changed the Direct Deposit account (now ending in ${text(details, 'accountNumberLast4') ?? '····'})`,
  direct_deposit_change_requested: (_, details) =>
    `Asked to change the Direct Deposit account to one ending in ${text(details, 'accountNumberLast4') ?? '····'} (takes effect after the cooling-off)`,
  direct_deposit_change_cancelled: (_, details) =>
    `Cancelled the waiting Direct Deposit change to the account ending in ${text(details, 'accountNumberLast4') ?? '····'}`,
  staff_document_queue_read: (_, details) =>
    `Read the document review queue (${text(details, 'status') ?? 'all'}), ${text(details, 'results') ?? 0} document(s)`,
  staff_document_viewed: (_, details) => `Opened the document ${text(details, 'fileName') ?? ''}`.trimEnd(),
  staff_document_reviewed: (_, details) =>
    `${text(details, 'decision') === 'accepted' ? 'Accepted' : 'Rejected'} an uploaded document${text(details, 'message') ? ` — “${text(details, 'message') ?? ''}”` : ''}`,
  change_request_submitted: (_, details) =>
    `Asked to change their ${text(details, 'kind') ?? 'details'} (Provide Info)`,
  payment_submitted: (outcome, details) =>
    `Online payment ${text(details, 'confirmationNumber') ?? ''}: ${outcome === 'success' ? 'approved' : text(details, 'result') === 'declined' ? 'declined' : 'no answer from the processor'}`,
  notification_preferences_changed: () => 'Changed notification preferences',
  staff_change_requests_read: (_, details) => `Read the change requests (${text(details, 'results') ?? 0})`,
  staff_change_request_view: (_, details) =>
    `Viewed a ${text(details, 'kind') ?? ''} change request`.replace('  ', ' '),
  staff_change_request_reviewed: (_, details) =>
    `${text(details, 'decision') === 'accepted' ? 'Accepted' : 'Rejected'} a ${text(details, 'kind') ?? ''} change request${why(details)}`,
  staff_applications_read: (_, details) =>
    `Read the ${(text(details, 'status') ?? 'all').replaceAll('_', ' ')} applications (${text(details, 'results') ?? 0})`,
  staff_application_view: (_, details) =>
    `Viewed application ${text(details, 'confirmationNumber') ?? ''}`.trimEnd(),
  staff_application_status_changed: (_, details) =>
    `Moved application ${text(details, 'confirmationNumber') ?? ''} from ${(text(details, 'before') ?? '?').replaceAll('_', ' ')} to ${(text(details, 'after') ?? '?').replaceAll('_', ' ')}${why(details)}`,
  staff_appointments_read: (_, details) =>
    `Read an office’s appointments on ${text(details, 'date') ?? '?'} (${text(details, 'results') ?? 0})`,
  staff_appointment_cancelled: (_, details) => `Cancelled an office appointment${why(details)}`,
  demo_data_seeded: () => 'Demo data loaded',
};

const isDetails = (value: unknown): value is Details =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function describeEvent(event: { action: string; outcome: string; details: unknown }): string {
  const details: Details = isDetails(event.details) ? event.details : {};
  const known = DESCRIBE[event.action];
  if (known) return known(event.outcome, details);
  const words = event.action.replaceAll('_', ' ');
  const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return event.outcome === 'success' ? sentence : `${sentence} (${event.outcome})`;
}
