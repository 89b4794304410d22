import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** 取消签收: the task goes back to its candidates; only its assignee may, and not for a task given by name. */
export function unclaimTask(taskId: string): Promise<unknown> {
  return api.post<unknown>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/unclaim`);
}

export function useUnclaimTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: unclaimTask,
    onSettled: () => qc.invalidateQueries({ queryKey: ['inbox'] }),
  });
}
