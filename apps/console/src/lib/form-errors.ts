import type { FieldError } from '@cos/ui';
import { isApiError } from './api-client.ts';

/**
 * A failed request as error summary entries. The server's field errors land on this form's
 * elements (`fieldIds` maps a wire field to an element id; unknown ones go to `fallbackId`); a 429
 * says to wait; a 403 says the role does not allow it; anything else gets the generic "try again"
 * (never a stack or a code).
 */
export function requestErrors(
  error: unknown,
  fallbackId: string,
  fieldIds: (field: string) => string | undefined = () => undefined,
): FieldError[] {
  if (!isApiError(error)) return [{ fieldId: fallbackId, messageKey: 'errors:request.unexpected' }];
  if (error.code === 'RATE_LIMITED')
    return [{ fieldId: fallbackId, messageKey: 'errors:request.rateLimited' }];
  if (error.status === 403) return [{ fieldId: fallbackId, messageKey: 'errors:request.forbidden' }];
  if (error.status >= 500) return [{ fieldId: fallbackId, messageKey: 'errors:request.unavailable' }];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const { field, message } of error.fields) {
    const fieldId = fieldIds(field) ?? fallbackId;
    if (seen.has(fieldId)) continue; // one message per field: the first is the one to fix first
    seen.add(fieldId);
    errors.push({ fieldId, messageKey: '', message });
  }
  if (errors.length === 0) errors.push({ fieldId: fallbackId, messageKey: '', message: error.message });
  return errors;
}
