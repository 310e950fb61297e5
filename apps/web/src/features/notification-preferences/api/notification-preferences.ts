import { NotificationPreferencesView, type NotificationPreferences } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getNotificationPreferences() {
  return apiRequest(apiPaths.notificationPreferences, { schema: NotificationPreferencesView });
}

export function notificationPreferencesQueryOptions() {
  return queryOptions({ queryKey: ['notification-preferences'], queryFn: getNotificationPreferences });
}

export function saveNotificationPreferences(preferences: NotificationPreferences) {
  return apiRequest(apiPaths.notificationPreferences, {
    method: 'PUT',
    body: preferences,
    schema: NotificationPreferencesView,
  });
}
