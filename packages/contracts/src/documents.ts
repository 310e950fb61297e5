// Documents a parent uploads for their case (docs/product.md §3.6) and the contact center's review queue
// (§6). The limits live here, once: the API enforces them, the portal checks them before sending.
import { z } from 'zod';
import { CaseNumber } from './common.ts';

export const DOCUMENT_UPLOAD_POLICY = {
  /** 10 MB per file (10 × 1024 × 1024 bytes); over it the API answers 413 FILE_TOO_LARGE. */
  maxBytes: 10 * 1024 * 1024,
  /** Types are detected from the file's first bytes, never from its name or the browser's word. */
  contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  /** What the file picker offers (a hint only: the API checks the content). */
  accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
  descriptionMaxLength: 200,
  fileNameMaxLength: 200,
} as const;

export const DocumentContentType = z.enum(DOCUMENT_UPLOAD_POLICY.contentTypes);
export type DocumentContentType = z.infer<typeof DocumentContentType>;
export const DocumentStatus = z.enum(['submitted', 'accepted', 'rejected']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** The text fields sent with the file (multipart form fields). */
export const DocumentUploadFields = z.object({
  description: z
    .string()
    .trim()
    .min(1, 'Say briefly what the document is.')
    .max(
      DOCUMENT_UPLOAD_POLICY.descriptionMaxLength,
      `Use at most ${DOCUMENT_UPLOAD_POLICY.descriptionMaxLength} characters.`,
    ),
  caseNumber: z.preprocess((value) => (value === '' ? undefined : value), CaseNumber.optional()),
});
export type DocumentUploadFields = z.infer<typeof DocumentUploadFields>;

export const DocumentItem = z.object({
  id: z.string(),
  fileName: z.string(),
  description: z.string(),
  contentType: DocumentContentType.describe('Detected from the content'),
  sizeBytes: z.int(),
  caseNumber: z.string().nullable(),
  status: DocumentStatus,
  reviewMessage: z
    .string()
    .nullable()
    .describe('The contact center’s message (always present when rejected)'),
  uploadedAt: z.iso.datetime(),
  reviewedAt: z.iso.datetime().nullable(),
});
export type DocumentItem = z.infer<typeof DocumentItem>;

export const DocumentList = z.object({ items: z.array(DocumentItem) });
export type DocumentList = z.infer<typeof DocumentList>;

export const DocumentIdParams = z.object({ id: z.uuid('Not a document id.') });

// ── the console's review queue ──

export const StaffDocumentQueueQuery = z.object({
  status: DocumentStatus.optional().describe(
    'Only this status; absent: every document, those waiting for review first',
  ),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type StaffDocumentQueueQuery = z.infer<typeof StaffDocumentQueueQuery>;

export const StaffDocumentItem = DocumentItem.extend({
  accountId: z.string(),
  userId: z.string().describe('The uploader’s User ID'),
  customerName: z.string(),
});
export type StaffDocumentItem = z.infer<typeof StaffDocumentItem>;

export const StaffDocumentPage = z.object({
  items: z.array(StaffDocumentItem),
  nextCursor: z.string().nullable(),
});
export type StaffDocumentPage = z.infer<typeof StaffDocumentPage>;

export const DocumentReviewRequest = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    message: z
      .string()
      .trim()
      .max(500, 'Use at most 500 characters.')
      .optional()
      .describe('Shown to the parent; required to reject'),
  })
  .refine((review) => review.decision === 'accepted' || (review.message ?? '').length >= 3, {
    message: 'Tell the parent why the document was not accepted (at least 3 characters).',
    path: ['message'],
  });
export type DocumentReviewRequest = z.infer<typeof DocumentReviewRequest>;

export const DocumentReviewResult = z.object({ document: StaffDocumentItem });
