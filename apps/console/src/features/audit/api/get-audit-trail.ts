import { AuditTrailPage } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest, apiSaveFile } from '../../../lib/api-client.ts';
import type { AuditFilters } from '../lib/audit-filters.ts';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditTrail(filters: AuditFilters, cursor: string | undefined) {
  return apiRequest(`${apiPaths.audit.list}${queryString({ ...filters, cursor, limit: AUDIT_PAGE_SIZE })}`, {
    schema: AuditTrailPage,
  });
}

/** One page of the trail, newest first (reading it is itself audited). */
export function auditTrailQueryOptions(filters: AuditFilters, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['audit', filters, cursor ?? ''],
    queryFn: () => getAuditTrail(filters, cursor),
    retry: false,
  });
}

/** The CSV with the same filters, saved by the browser; resolves to its file name. */
export function downloadAuditCsv(filters: AuditFilters): Promise<string> {
  return apiSaveFile(`${apiPaths.audit.csv}${queryString(filters)}`, 'audit-trail.csv');
}
