import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { NOTIFICATIONS_QUERY_KEY } from './get-notifications';

export function markRead(id: number): Promise<{ unread: number }> {
  return api.post<{ unread: number }>(`/api/notifications/${id}/read`);
}

export function markAllRead(): Promise<{ unread: number }> {
  return api.post<{ unread: number }>('/api/notifications/read-all');
}

function useNotificationMutation<V>(fn: (v: V) => Promise<{ unread: number }>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: ({ unread }) => {
      qc.setQueryData([...NOTIFICATIONS_QUERY_KEY, 'unread'], { unread });
      return qc.invalidateQueries({ queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list'] });
    },
  });
}

/** Marks one of the user's notifications read (a read one stays as it is). */
export function useMarkRead() {
  return useNotificationMutation(markRead);
}

/** 全部已读. */
export function useMarkAllRead() {
  return useNotificationMutation<void>(() => markAllRead());
}
