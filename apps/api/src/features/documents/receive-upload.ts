// Reads a multipart upload (one file plus the form fields, in any order) into storage. Over the
// size limit the answer is 413 with Connection: close, and the server stops reading: the rest of
// the body is cut off, not drained (a declared Content-Length past the limit is refused before the
// body is read at all, documents.routes.ts). A body the parser cannot
// read (no boundary, cut off before its closing boundary) is the sender's fault: 400, never a 500.
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { newStorageKey, type DocumentStorage } from '../../lib/document-storage.ts';
import { badRequest, DomainError } from '../../lib/errors.ts';
import { fileTooLarge, noFile, type UploadToRecord } from './documents.service.ts';
import { streamToStorage } from './upload-stream.ts';

const unreadable = () =>
  new DomainError(
    'BAD_REQUEST',
    400,
    'The upload could not be read. Choose the file again and send the form once more.',
  );

/** A 4xx error raised by @fastify/multipart or Fastify itself keeps its own answer. */
const isClientError = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'statusCode' in error &&
  typeof error.statusCode === 'number' &&
  error.statusCode >= 400 &&
  error.statusCode < 500;

async function discard(stream: Readable): Promise<void> {
  stream.resume();
  await new Promise<void>((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
  });
}

export async function receiveUpload(
  request: FastifyRequest,
  storage: DocumentStorage,
): Promise<UploadToRecord> {
  if (!request.isMultipart()) throw noFile();
  const limits = request.server.multipartErrors;
  const fields = new Map<string, unknown>();
  let file: Omit<UploadToRecord, 'fields'> | null = null;
  let tooLarge = false;
  // The file being written: a body that breaks off mid-file leaves nothing behind.
  let writing: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields.set(part.fieldname, part.value);
        continue;
      }
      if (part.fieldname !== 'file' || file || tooLarge) {
        await discard(part.file);
        continue;
      }
      const storageKey = newStorageKey();
      writing = storageKey;
      const stored = await streamToStorage(storage, storageKey, part.file);
      writing = null;
      if (part.file.truncated) {
        await storage.delete(storageKey);
        tooLarge = true;
        continue;
      }
      file = { storageKey, fileName: part.filename, stored };
    }
  } catch (error) {
    if (file) await storage.delete(file.storageKey);
    if (writing) await storage.delete(writing);
    if (error instanceof limits.RequestFileTooLargeError) throw fileTooLarge();
    if (error instanceof limits.FilesLimitError)
      throw badRequest('Send one file at a time.', [{ field: 'file', message: 'Send one file at a time.' }]);
    if (error instanceof limits.PartsLimitError || error instanceof limits.FieldsLimitError)
      throw badRequest('The form has more parts than expected.');
    if (error instanceof DomainError || isClientError(error)) throw error;
    // busboy throws plain Errors ("Boundary not found", "Unexpected end of form", a malformed part header).
    throw unreadable();
  }
  if (tooLarge) throw fileTooLarge();
  if (!file) throw noFile();
  return { ...file, fields: Object.fromEntries(fields) };
}
