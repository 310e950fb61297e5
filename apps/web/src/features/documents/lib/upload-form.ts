// The upload form's own checks, before anything is sent: a file is chosen, it is not empty, not
// over the limit and looks like a PDF, JPEG or PNG; a description is given. The limits are the
// contracts' (the API enforces the same, and checks the type by content).
import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import { z } from 'zod';

export const uploadFieldIds = {
  file: 'document-file',
  caseNumber: 'document-case',
  description: 'document-description',
} as const;

const ALLOWED_NAME = /\.(pdf|jpe?g|png)$/i;
const ALLOWED_TYPES: readonly string[] = DOCUMENT_UPLOAD_POLICY.contentTypes;

/** By name or by the browser's type: a hint only, so a PDF saved without its extension still goes. */
function looksAllowed(file: File): boolean {
  return ALLOWED_NAME.test(file.name) || ALLOWED_TYPES.includes(file.type);
}

/**
 * What the form holds (the file input's FileList) as a DocumentUpload: one file, not empty, not
 * over the limit, that looks like a PDF, JPEG or PNG, and a description.
 */
export const UploadValues = z.object({
  file: z
    .custom<FileList | undefined>()
    .transform((files) => files?.[0])
    .pipe(
      z
        .file()
        .min(1)
        .max(DOCUMENT_UPLOAD_POLICY.maxBytes)
        .refine(looksAllowed, 'Choose a PDF, JPEG or PNG file.'),
    ),
  caseNumber: z.string(),
  description: z.string().trim().min(1).max(DOCUMENT_UPLOAD_POLICY.descriptionMaxLength),
});

/** The words for each problem, by zod's issue code (no file chosen fails the File type). */
export const uploadMessages = {
  file: {
    invalid_type: 'documents:errors.fileMissing',
    too_small: 'documents:errors.fileEmpty',
    too_big: 'documents:errors.fileTooLarge',
    custom: 'documents:errors.fileType',
  },
  description: {
    required: 'documents:errors.descriptionMissing',
    too_big: 'documents:errors.descriptionTooLong',
  },
};

/** "2.4 MB", "350 KB": sizes as people read them. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'B');
}
