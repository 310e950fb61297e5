// The upload form's own checks, before anything is sent: a file is chosen, it is not empty, not
// over the limit and looks like a PDF, JPEG or PNG; a description is given. The limits are the
// contracts' (the API enforces the same, and checks the type by content).
import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const uploadFieldIds = {
  file: 'document-file',
  caseNumber: 'document-case',
  description: 'document-description',
} as const;

export type UploadInput = { file: File | null; description: string; caseNumber: string };

const ALLOWED_NAME = /\.(pdf|jpe?g|png)$/i;
const ALLOWED_TYPES: readonly string[] = DOCUMENT_UPLOAD_POLICY.contentTypes;

/** By name or by the browser's type: a hint only, so a PDF saved without its extension still goes. */
function looksAllowed(file: File): boolean {
  return ALLOWED_NAME.test(file.name) || ALLOWED_TYPES.includes(file.type);
}

export function validateUpload(input: UploadInput): FieldError[] {
  const errors: FieldError[] = [];
  const { file } = input;
  if (!file) errors.push({ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileMissing' });
  else if (file.size === 0)
    errors.push({ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileEmpty' });
  else if (file.size > DOCUMENT_UPLOAD_POLICY.maxBytes)
    errors.push({ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileTooLarge' });
  else if (!looksAllowed(file))
    errors.push({ fieldId: uploadFieldIds.file, messageKey: 'documents:errors.fileType' });
  const description = input.description.trim();
  if (!description)
    errors.push({ fieldId: uploadFieldIds.description, messageKey: 'documents:errors.descriptionMissing' });
  else if (description.length > DOCUMENT_UPLOAD_POLICY.descriptionMaxLength)
    errors.push({ fieldId: uploadFieldIds.description, messageKey: 'documents:errors.descriptionTooLong' });
  return errors;
}

/** Where the server's field names land on this form. */
export function uploadFieldId(field: string): string | undefined {
  return field === 'file' || field === 'description' || field === 'caseNumber'
    ? uploadFieldIds[field]
    : undefined;
}

/** "2.4 MB", "350 KB": sizes as people read them. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'B');
}
