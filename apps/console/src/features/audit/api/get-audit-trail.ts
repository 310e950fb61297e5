import { AuditTrailPage } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiDownload, apiRequest } from '../../../lib/api-client.ts';
import type { AuditFilters } from '../lib/audit-filters.ts';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditTrail(filters: AuditFilters, cursor: string | undefined) {
  return apiRequest(`${apiPaths.audit.list}${queryString({ ...filters, cursor, limit: AUDIT_PAGE_SIZE })}`, { schema: AuditTrailPage });
}

/** One page of the trail, newest first (reading it is itself audited). */
export function auditTrailQueryOptions(filters: AuditFilters, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['audit', filters, cursor ?? ''],
    queryFn: () => getAuditTrail(filters, cursor),
    retry: false,
  });
}

/**
 * The CSV with the same filters. Fetched (the bearer token cannot ride on a plain link) and handed
 * to the browser as a download from a blob: URL, which is revoked straight after.
 */
export async function downloadAuditCsv(filters: AuditFilters): Promise<string> {
  const { blob, filename } = await apiDownload(`${apiPaths.audit.csv}${queryString(filters)}`, 'audit-trail.csv');
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return filename;
}
