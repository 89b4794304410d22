import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** 签收: the task becomes the user's; 403 when not a candidate, 409 when someone else has it. */
export function claimTask(taskId: string): Promise<unknown> {
  return api.post<unknown>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/claim`);
}

export function useClaimTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: claimTask,
    // lists, counts and the menu badge all change (also after a 409: someone else has it now)
    onSettled: () => qc.invalidateQueries({ queryKey: ['inbox'] }),
  });
}
