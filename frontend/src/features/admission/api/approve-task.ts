import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail, ApproveDecision } from '../types';

export type ApproveTaskInput = { taskId: string; decision: ApproveDecision; comment: string | null };

/** APPROVER's decision on Task_Approve. */
export function approveTask({ taskId, decision, comment }: ApproveTaskInput): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/tasks/${encodeURIComponent(taskId)}/approve`, {
    decision,
    comment,
  });
}

export function useApproveTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: approveTask,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['applications'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
      void qc.invalidateQueries({ queryKey: ['admission-items'] });
    },
  });
}
