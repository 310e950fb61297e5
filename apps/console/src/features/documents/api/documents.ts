import {
  DocumentReviewResult,
  StaffDocumentPage,
  type DocumentReviewRequest,
  type DocumentStatus,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest, apiSaveFile } from '../../../lib/api-client.ts';

export const DOCUMENT_PAGE_SIZE = 25;

/** One page of the queue (reading it is audited): waiting documents first unless a status is chosen. */
export function documentQueueQueryOptions(status: DocumentStatus | undefined, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['documents', status ?? 'all', cursor ?? ''],
    queryFn: () =>
      apiRequest(`${apiPaths.documents.list}${queryString({ status, cursor, limit: DOCUMENT_PAGE_SIZE })}`, {
        schema: StaffDocumentPage,
      }),
    retry: false,
  });
}

/** 409 when someone else reviewed it first. */
export function reviewDocument(id: string, review: DocumentReviewRequest) {
  return apiRequest(apiPaths.documents.review(id), {
    method: 'POST',
    body: review,
    schema: DocumentReviewResult,
  });
}

/** Saves the file (the download is audited). */
export async function downloadDocument(id: string, fileName: string): Promise<void> {
  await apiSaveFile(apiPaths.documents.file(id), fileName);
}
