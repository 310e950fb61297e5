import type { FieldError } from '@cos/ui';
import { isApiError } from './api-client.ts';

/**
 * The server's field errors (`fields: [{ field: 'securityAnswers.1.answer', message }]`) as error
 * summary entries on this form's elements. `fieldIds` maps a wire field to an element id; a field
 * the form does not know lands on `fallbackId`, so no message is ever dropped.
 */
export function serverFieldErrors(
  error: unknown,
  fieldIds: (field: string) => string | undefined,
  fallbackId: string,
): FieldError[] {
  if (!isApiError(error)) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const { field, message } of error.fields) {
    const fieldId = fieldIds(field) ?? fallbackId;
    if (seen.has(fieldId)) continue; // one message per field, the first is the one to fix first
    seen.add(fieldId);
    errors.push({ fieldId, messageKey: '', message });
  }
  if (errors.length === 0) errors.push({ fieldId: fallbackId, messageKey: '', message: error.message });
  return errors;
}
