// The audit actions of the contact center console (SPEC.md §6): staff sign-in and sessions, every
// read of customer data (search, view, SSN reveal, the audit trail itself), every action on a
// customer account, staff user administration, and every refused request.
export type StaffAuditAction =
  | 'staff_sign_in'
  | 'staff_account_locked'
  | 'staff_warning_acknowledged'
  | 'staff_totp_enrolment_started'
  | 'staff_totp_enrolled'
  | 'staff_access_denied'
  | 'staff_search'
  | 'staff_account_view'
  | 'staff_ssn_reveal'
  | 'staff_audit_read'
  | 'staff_unlock'
  | 'staff_recovery_lock_lifted'
  | 'staff_sessions_revoked'
  | 'staff_note_added'
  | 'staff_user_created'
  | 'staff_user_disabled'
  | 'staff_user_reset'
  | 'staff_contact_requests_read'
  | 'staff_contact_request_view'
  | 'staff_contact_request_answered';
