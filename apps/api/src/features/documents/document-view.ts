// A document row as the portal and the console show it: built from the contract types, so no
// storage key, hash or staff id ever reaches a client.
import type { DocumentItem, StaffDocumentItem } from '@cos/contracts';
import { DocumentContentType } from '@cos/contracts';
import type { Prisma } from '@cos/db';

export const documentSelect = {
  id: true,
  fileName: true,
  description: true,
  contentType: true,
  sizeBytes: true,
  status: true,
  reviewMessage: true,
  createdAt: true,
  reviewedAt: true,
  supportCase: { select: { caseNumber: true } },
} satisfies Prisma.DocumentSelect;

export const staffDocumentSelect = {
  ...documentSelect,
  accountId: true,
  account: { select: { userId: true, person: { select: { firstName: true, lastName: true } } } },
} satisfies Prisma.DocumentSelect;

type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;
type StaffDocumentRow = Prisma.DocumentGetPayload<{ select: typeof staffDocumentSelect }>;

export function toDocumentItem(row: DocumentRow): DocumentItem {
  return {
    id: row.id,
    fileName: row.fileName,
    description: row.description,
    contentType: DocumentContentType.parse(row.contentType),
    sizeBytes: row.sizeBytes,
    caseNumber: row.supportCase?.caseNumber ?? null,
    status: row.status,
    reviewMessage: row.reviewMessage,
    uploadedAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

export function toStaffDocumentItem(row: StaffDocumentRow): StaffDocumentItem {
  return {
    ...toDocumentItem(row),
    accountId: row.accountId,
    userId: row.account.userId,
    customerName: `${row.account.person.firstName} ${row.account.person.lastName}`,
  };
}

/**
 * The Content-Disposition of a download: always an attachment (never rendered in the API's
 * origin), with an ASCII fallback name and the real one in RFC 5987 form.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
