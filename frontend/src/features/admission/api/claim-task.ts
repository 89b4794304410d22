import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type ClaimTaskInput = { taskId: string; applicationId: number };

/** 签收: take the task; 409 when someone else has it. */
export function claimTask({ taskId }: ClaimTaskInput): Promise<unknown> {
  return api.post<unknown>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/claim`);
}

export function useClaimTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: claimTask,
    onSettled: (_r, _e, vars) => {
      void qc.invalidateQueries({ queryKey: ['applications', 'detail', String(vars.applicationId)] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
