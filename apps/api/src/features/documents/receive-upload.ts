// Reads a multipart upload (one file plus the form fields, in any order) into storage. Over the
// size limit the rest of the file is discarded by the parser as it arrives — the request is read to
// its end, so the client gets its 413 answer instead of a reset connection.
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { newStorageKey, type DocumentStorage } from '../../lib/document-storage.ts';
import { badRequest } from '../../lib/errors.ts';
import { fileTooLarge, noFile, type UploadToRecord } from './documents.service.ts';
import { streamToStorage } from './upload-stream.ts';

async function discard(stream: Readable): Promise<void> {
  stream.resume();
  await new Promise<void>((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
  });
}

export async function receiveUpload(request: FastifyRequest, storage: DocumentStorage): Promise<UploadToRecord> {
  if (!request.isMultipart()) throw noFile();
  const limits = request.server.multipartErrors;
  const fields = new Map<string, unknown>();
  let file: Omit<UploadToRecord, 'fields'> | null = null;
  let tooLarge = false;
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
      const stored = await streamToStorage(storage, storageKey, part.file);
      if (part.file.truncated) {
        await storage.delete(storageKey);
        tooLarge = true;
        continue;
      }
      file = { storageKey, fileName: part.filename, stored };
    }
  } catch (error) {
    if (file) await storage.delete(file.storageKey);
    if (error instanceof limits.RequestFileTooLargeError) throw fileTooLarge();
    if (error instanceof limits.FilesLimitError) throw badRequest('Send one file at a time.', [{ field: 'file', message: 'Send one file at a time.' }]);
    if (error instanceof limits.PartsLimitError || error instanceof limits.FieldsLimitError) throw badRequest('The form has more parts than expected.');
    throw error;
  }
  if (tooLarge) throw fileTooLarge();
  if (!file) throw noFile();
  return { ...file, fields: Object.fromEntries(fields) };
}
