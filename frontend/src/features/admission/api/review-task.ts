import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail, ReviewDecision } from '../types';

export type ReviewTaskInput = { taskId: string; decision: ReviewDecision; comment: string | null };

/** REVIEWER's decision on Task_Review. */
export function reviewTask({ taskId, decision, comment }: ReviewTaskInput): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/tasks/${encodeURIComponent(taskId)}/review`, {
    decision,
    comment,
  });
}

export function useReviewTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reviewTask,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['applications'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
