import { StaffRole, type CreateStaffUserRequest } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const staffUserFieldIds = {
  username: 'new-staff-username',
  displayName: 'new-staff-name',
  email: 'new-staff-email',
  role: 'new-staff-role',
} as const;

export type StaffUserValues = { username: string; displayName: string; email: string; role: string };

/** The wire's field names → this form's elements. */
export function staffUserFieldId(field: string): string | undefined {
  const byWireName: Partial<Record<string, string>> = staffUserFieldIds;
  return Object.hasOwn(byWireName, field) ? byWireName[field] : undefined;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem at once, in form order; the API checks the same and more (a shared or team name). */
export function validateStaffUser(values: StaffUserValues): {
  errors: FieldError[];
  request: CreateStaffUserRequest | null;
} {
  const errors: FieldError[] = [];
  const username = values.username.trim().toLowerCase();
  const displayName = values.displayName.trim();
  const email = values.email.trim();
  if (!username)
    errors.push({ fieldId: staffUserFieldIds.username, messageKey: 'staffUsers:errors.usernameRequired' });
  else if (!USERNAME.test(username))
    errors.push({ fieldId: staffUserFieldIds.username, messageKey: 'staffUsers:errors.usernameFormat' });
  if (displayName.length < 3)
    errors.push({ fieldId: staffUserFieldIds.displayName, messageKey: 'staffUsers:errors.displayName' });
  if (email && !EMAIL.test(email))
    errors.push({ fieldId: staffUserFieldIds.email, messageKey: 'staffUsers:errors.email' });
  const role = StaffRole.safeParse(values.role);
  if (!role.success) errors.push({ fieldId: staffUserFieldIds.role, messageKey: 'staffUsers:errors.role' });
  if (errors.length > 0 || !role.success) return { errors, request: null };
  return { errors, request: { username, displayName, role: role.data, ...(email ? { email } : {}) } };
}
