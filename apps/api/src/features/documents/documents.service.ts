// A parent's documents: record an upload that storage already holds, list them, open one. Every
// read goes through the account, so another parent's document answers 404 like a missing one.
// Uploads per account are capped in a sliding window (the policy's documentUploads): refused before
// the body is read when the cap is already reached, and checked again with the file's size under a
// lock of the account row before the row is written, so parallel uploads cannot pass it together.
import {
  DOCUMENT_UPLOAD_POLICY,
  DocumentUploadFields,
  refusingControlCharacters,
  type DocumentItem,
  type DocumentList,
} from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import type { Readable } from 'node:stream';
import type { Clock } from '../../lib/clock.ts';
import type { DocumentStorage } from '../../lib/document-storage.ts';
import { badRequest, DomainError, notFound } from '../../lib/errors.ts';
import { secondsUntilOutOfWindow, windowStart } from '../../lib/sliding-window.ts';
import { detectDocumentType } from './content-type.ts';
import { documentSelect, toDocumentItem } from './document-view.ts';
import type { StoredUpload } from './upload-stream.ts';

export interface DocumentDeps {
  db: PrismaClient;
  clock: Clock;
  storage: DocumentStorage;
  policy: Pick<SecurityPolicy, 'documentUploads'>;
}

const MEGABYTES = DOCUMENT_UPLOAD_POLICY.maxBytes / (1024 * 1024);

// Connection: close — the server answers and closes instead of reading the rest of an oversized
// body to its end (a 1 GB "scan" costs one read of its headers, not a gigabyte of bandwidth).
export const fileTooLarge = () =>
  new DomainError(
    'FILE_TOO_LARGE',
    413,
    `The file is larger than ${MEGABYTES} MB. Choose a smaller file, or scan fewer pages into one file.`,
    { headers: { connection: 'close' } },
  );

/** Room for the form's other parts and boundaries beside a file of the largest size allowed. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** A declared Content-Length no allowed upload can have: refused before a byte of the body is read. */
export function refuseDeclaredOversize(contentLength: string | undefined): void {
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > DOCUMENT_UPLOAD_POLICY.maxBytes + FORM_OVERHEAD_BYTES)
    throw fileTooLarge();
}

export const unsupportedFileType = () =>
  new DomainError(
    'UNSUPPORTED_FILE_TYPE',
    415,
    'This file is not a PDF, JPEG or PNG. Save or scan the document in one of these formats and try again.',
  );

export const noFile = () =>
  badRequest('Choose a file to upload.', [{ field: 'file', message: 'Choose a PDF, JPEG or PNG file.' }]);

/**
 * Refuses an upload that would pass the account's allowance: as many files as the policy allows, or
 * its megabytes (`sizeBytes` is the new file's size; 0 before the body is read). Retry-After is when
 * the oldest upload in the window leaves it.
 */
export async function checkUploadAllowance(
  deps: Pick<DocumentDeps, 'clock' | 'policy'> & { db: Prisma.TransactionClient },
  accountId: string,
  sizeBytes: number,
) {
  const { maxFiles, maxMegabytes, windowHours } = deps.policy.documentUploads;
  const now = deps.clock.now();
  const windowMs = windowHours * 3_600_000;
  const used = await deps.db.document.aggregate({
    where: { accountId, createdAt: { gt: windowStart(now, windowMs) } },
    _count: { _all: true },
    _sum: { sizeBytes: true },
    _min: { createdAt: true },
  });
  const bytes = used._sum.sizeBytes ?? 0;
  const maxBytes = maxMegabytes * 1024 * 1024;
  if (used._count._all < maxFiles && (sizeBytes === 0 ? bytes < maxBytes : bytes + sizeBytes <= maxBytes))
    return;
  throw new DomainError(
    'TOO_MANY_UPLOADS',
    429,
    `You have reached the upload limit of ${maxFiles} files or ${maxMegabytes} MB in ${windowHours} hours. Please try again later, or bring the documents to your local office.`,
    { headers: { 'retry-after': String(secondsUntilOutOfWindow(used._min.createdAt, windowMs, now)) } },
  );
}

const documentNotFound = () => notFound('We could not find that document on your account.');

export interface UploadToRecord {
  storageKey: string;
  fileName: string;
  stored: StoredUpload;
  /** The form fields as sent (validated here). */
  fields: Record<string, unknown>;
}

/** A file name fit to show and to offer back on download: no folders, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const printable = base
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, DOCUMENT_UPLOAD_POLICY.fileNameMaxLength);
  return printable || 'document';
}

async function checkUpload(deps: DocumentDeps, accountId: string, upload: UploadToRecord) {
  // Multipart fields skip the app's validator compiler: the same control-character rule, here.
  const fields = refusingControlCharacters(DocumentUploadFields).safeParse(upload.fields);
  if (!fields.success) {
    throw badRequest(
      'Some of the information is missing or not valid.',
      fields.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })),
    );
  }
  if (upload.stored.sizeBytes === 0)
    throw badRequest('The file is empty.', [
      { field: 'file', message: 'The file is empty. Choose another file.' },
    ]);
  const contentType = await detectDocumentType(upload.stored.head);
  if (!contentType) throw unsupportedFileType();
  let caseId: string | null = null;
  if (fields.data.caseNumber) {
    const found = await deps.db.supportCase.findFirst({
      where: {
        caseNumber: fields.data.caseNumber,
        participants: { some: { person: { account: { id: accountId } } } },
      },
      select: { id: true },
    });
    if (!found)
      throw badRequest('Some of the information is missing or not valid.', [
        { field: 'caseNumber', message: 'Choose one of your cases.' },
      ]);
    caseId = found.id;
  }
  return { description: fields.data.description, contentType, caseId };
}

/**
 * Records a file storage already holds. Whatever fails — bad fields, a type that is not allowed,
 * the insert itself — the stored file is removed, so there is never a file without its row.
 */
export async function recordUpload(
  deps: DocumentDeps,
  accountId: string,
  upload: UploadToRecord,
): Promise<DocumentItem> {
  try {
    const checked = await checkUpload(deps, accountId, upload);
    const row = await deps.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM customer_accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
      await checkUploadAllowance({ ...deps, db: tx }, accountId, upload.stored.sizeBytes);
      return tx.document.create({
        data: {
          accountId,
          caseId: checked.caseId,
          fileName: cleanFileName(upload.fileName),
          description: checked.description,
          contentType: checked.contentType,
          sizeBytes: upload.stored.sizeBytes,
          sha256: upload.stored.sha256,
          storageKey: upload.storageKey,
          createdAt: deps.clock.now(),
        },
        select: documentSelect,
      });
    });
    return toDocumentItem(row);
  } catch (error) {
    await deps.storage.delete(upload.storageKey);
    throw error;
  }
}

export async function listDocuments({ db }: { db: PrismaClient }, accountId: string): Promise<DocumentList> {
  const rows = await db.document.findMany({
    where: { accountId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: documentSelect,
  });
  return { items: rows.map(toDocumentItem) };
}

export interface OpenedDocument {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Readable;
}

/** The stored bytes of a document; `accountId` null means any owner (the console, which audits it). */
export async function openDocument(
  deps: DocumentDeps,
  id: string,
  accountId: string | null,
): Promise<OpenedDocument> {
  const row = await deps.db.document.findFirst({
    where: { id, ...(accountId ? { accountId } : {}) },
    select: { fileName: true, contentType: true, sizeBytes: true, storageKey: true },
  });
  if (!row) throw documentNotFound();
  const content = await deps.storage.get(row.storageKey);
  if (!content)
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      503,
      'This document cannot be read right now. Please try again later.',
    );
  return { fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, content };
}
