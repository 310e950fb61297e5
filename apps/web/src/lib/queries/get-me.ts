import { MeResponse } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

export function getMe() {
  return apiRequest(apiPaths.me, { schema: MeResponse });
}

/** The signed-in person (name for the header, previous sign-in for the "last signed in" line). */
export function meQueryOptions() {
  return queryOptions({ queryKey: ['me'], queryFn: getMe });
}
