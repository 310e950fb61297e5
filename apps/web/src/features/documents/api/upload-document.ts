import { DocumentItem } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type DocumentUpload = { file: File; description: string; caseNumber: string };

/**
 * Sends the file as multipart/form-data, the fields first. The API types it by its content and
 * answers 413 FILE_TOO_LARGE or 415 UNSUPPORTED_FILE_TYPE when it cannot take it.
 */
export function uploadDocument({ file, description, caseNumber }: DocumentUpload) {
  const form = new FormData();
  form.append('description', description);
  if (caseNumber) form.append('caseNumber', caseNumber);
  form.append('file', file, file.name);
  return apiRequest(apiPaths.documents.list, { method: 'POST', body: form, schema: DocumentItem });
}
