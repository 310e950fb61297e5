import { DocumentList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getDocuments() {
  return apiRequest(apiPaths.documents.list, { schema: DocumentList });
}

/** The parent's uploaded documents with their review status, newest first. */
export function documentsQueryOptions() {
  return queryOptions({ queryKey: ['documents', 'list'], queryFn: getDocuments });
}
