import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type BatchDecision = 'PASS' | 'APPROVE';

export type BatchInput = { taskIds: string[]; decision: BatchDecision; comment?: string };

/** One task's result: decided, or the Chinese reason why not. */
export type BatchOutcome = {
  taskId: string;
  ok: boolean;
  applicationId: number | null;
  itemName: string | null;
  reason: string | null;
};

/** 批量通过 / 批量审批: each task decided on its own; the answer says for each whether it was. */
export function batchDecide(input: BatchInput): Promise<{ results: BatchOutcome[] }> {
  return api.post<{ results: BatchOutcome[] }>('/api/admission/tasks/batch', input);
}

export function useBatchDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: batchDecide,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['inbox'] });
      void qc.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
