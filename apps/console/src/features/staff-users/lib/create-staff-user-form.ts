import { CreateStaffUserRequest, StaffUsername } from '@cos/contracts';
import { z } from 'zod';

export const staffUserFieldIds = {
  username: 'new-staff-username',
  displayName: 'new-staff-name',
  email: 'new-staff-email',
  role: 'new-staff-role',
} as const;

/**
 * The form's strings as the API takes them: CreateStaffUserRequest, with an empty email left out
 * and an empty username told apart from a malformed one (`custom` vs the contract's own checks).
 */
export const StaffUserValues = z.object({
  username: z
    .string()
    .refine((value) => value.trim() !== '')
    .pipe(StaffUsername),
  displayName: CreateStaffUserRequest.shape.displayName,
  email: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(CreateStaffUserRequest.shape.email),
  role: z.string().pipe(CreateStaffUserRequest.shape.role),
});

export const staffUserMessages = {
  username: { custom: 'staffUsers:errors.usernameRequired', default: 'staffUsers:errors.usernameFormat' },
  displayName: 'staffUsers:errors.displayName',
  email: 'staffUsers:errors.email',
  role: 'staffUsers:errors.role',
};
