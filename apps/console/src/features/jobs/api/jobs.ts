import { DevMailList, JobsOverview } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function jobsQueryOptions() {
  return queryOptions({
    queryKey: ['admin-jobs'],
    queryFn: () => apiRequest(apiPaths.admin.jobs, { schema: JobsOverview }),
    retry: false,
  });
}

export function retryJob(queue: string, id: string) {
  return apiRequest(apiPaths.admin.retryJob(queue, id), { method: 'POST', body: {}, schema: z.unknown() });
}

export function devMailQueryOptions() {
  return queryOptions({
    queryKey: ['admin-dev-mail'],
    queryFn: () => apiRequest(apiPaths.admin.devMail, { schema: DevMailList }),
    retry: false,
  });
}
