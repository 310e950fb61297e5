import { MyFactors } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

export function getMyFactors() {
  return apiRequest(apiPaths.factors.mine, { schema: MyFactors });
}

/**
 * The parent's passkeys and second factor (never a secret): the Security page's lists, and whether
 * a step-up may offer "Use a passkey instead". Always fresh: a factor changes on another device.
 */
export function myFactorsQueryOptions() {
  return queryOptions({ queryKey: ['factors'], queryFn: getMyFactors, staleTime: 0 });
}
