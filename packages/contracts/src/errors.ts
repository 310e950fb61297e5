import { z } from 'zod';

/** Error codes clients may rely on. New codes are added here, never invented inline. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'IDENTITY_NOT_VERIFIED',
  'REGISTRATION_BLOCKED',
  'RECOVERY_NOT_VERIFIED',
  'RECOVERY_BLOCKED',
  'RECOVERY_LOCKED',
  'SECOND_FACTOR_REQUIRED',
  'STEP_UP_REQUIRED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'SLOT_TAKEN',
  'TOO_MANY_APPOINTMENTS',
  'OFFICE_CLOSED',
  'RATE_LIMITED',
  'TOO_MANY_UPLOADS',
  'TOO_MANY_PAYMENT_ATTEMPTS',
  'APP_VERSION_UNSUPPORTED',
  'INVALID_CLIENT_APP',
  'FEATURE_UNAVAILABLE',
  'PAYMENT_DECLINED',
  'PAYMENT_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error body of the API: `{ error: { code, message, fields? } }`. Never a stack trace. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      fields: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .describe('Which request fields were rejected and why (400 only)'),
      requestId: z.string().optional().describe('Quote this when calling the contact center'),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;
export type FieldError = NonNullable<ErrorBody['error']['fields']>[number];
