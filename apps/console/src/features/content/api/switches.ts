import {
  AdminFeatureSwitch,
  AdminFeatureSwitchList,
  AppVersionPolicy,
  type UpdateAppVersionPolicyRequest,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const switchesKey = ['admin', 'features'] as const;

export function switchesQueryOptions() {
  return queryOptions({
    queryKey: switchesKey,
    queryFn: () => apiRequest(apiPaths.admin.features, { schema: AdminFeatureSwitchList }),
    retry: false,
  });
}

/** On or off with the reason the audit trail keeps; every API instance follows within seconds. */
export function setSwitch(key: string, enabled: boolean, reason: string) {
  return apiRequest(apiPaths.admin.feature(key), {
    method: 'PUT',
    body: { enabled, reason },
    schema: AdminFeatureSwitch,
  });
}

export const appPolicyKey = ['admin', 'app-version-policy'] as const;

export function appPolicyQueryOptions() {
  return queryOptions({
    queryKey: appPolicyKey,
    queryFn: () => apiRequest(apiPaths.admin.appVersionPolicy, { schema: AppVersionPolicy }),
    retry: false,
  });
}

export function updateAppPolicy(body: UpdateAppVersionPolicyRequest) {
  return apiRequest(apiPaths.admin.appVersionPolicy, { method: 'PUT', body, schema: AppVersionPolicy });
}
