import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { Notification, NotificationFilters } from '../types';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/** How often the bell asks for news while the tab is visible. */
export const POLL_MS = 60_000;

/** The user's own notifications, newest first. */
export function getNotifications(filters: NotificationFilters): Promise<Page<Notification>> {
  return api.get<Page<Notification>>('/api/notifications', { params: filters });
}

export const getNotificationsQueryOptions = (filters: NotificationFilters) =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list', filters],
    queryFn: () => getNotifications(filters),
    placeholderData: keepPreviousData,
  });

export function useNotifications(filters: NotificationFilters, enabled = true) {
  return useQuery({ ...getNotificationsQueryOptions(filters), enabled });
}

export function getUnreadCount(): Promise<{ unread: number }> {
  return api.get<{ unread: number }>('/api/notifications/unread-count');
}

/** The bell's number: asked every minute, but not while the tab is hidden. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'unread'],
    queryFn: getUnreadCount,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}
