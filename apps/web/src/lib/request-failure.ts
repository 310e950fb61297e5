import type { FieldError } from '@cos/ui';
import { isApiError } from './api-client.ts';

/**
 * A failed request as error summary entries: a 429 says when to try again, anything unexpected
 * gets the generic "try again" (never a stack or a code), pinned to the given field.
 */
export function requestFailure(
  error: unknown,
  fieldId: string,
  rateLimited: (minutes: number) => string,
): FieldError[] {
  if (isApiError(error, 'RATE_LIMITED')) {
    return [{ fieldId, messageKey: '', message: rateLimited(retryMinutes(error.retryAfterSeconds)) }];
  }
  return [{ fieldId, messageKey: 'auth:errors.unexpected' }];
}

/** Retry-After in whole minutes, at least one (the throttle's window is a minute). */
export function retryMinutes(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}
