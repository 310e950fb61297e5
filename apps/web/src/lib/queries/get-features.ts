import { CONTENT_CACHE_POLICY, FeatureMap } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

export function getFeatures() {
  return apiRequest(apiPaths.features, { schema: FeatureMap, auth: false });
}

/** The public feature switches, polled like the notices so a page follows a switch within seconds. */
export function featuresQueryOptions() {
  return queryOptions({
    queryKey: ['features'],
    queryFn: getFeatures,
    refetchInterval: CONTENT_CACHE_POLICY.portalRefetchSeconds * 1000,
    staleTime: 0,
  });
}
