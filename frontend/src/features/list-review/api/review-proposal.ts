import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewDecision, ReviewDetail } from '../types';
import { listReviewQueryKey } from './get-list-review';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

export type DecideInput = { taskId: string; reviewId: number; decision: ReviewDecision; comment: string | null };

/** REVIEWER's decision on Task_ReviewProposal: pass, or return to the lead department with a reason. */
export function reviewProposal({ taskId, decision, comment }: DecideInput): Promise<ReviewDetail> {
  return api.post<ReviewDetail>(`/api/list-reviews/tasks/${encodeURIComponent(taskId)}/review`, {
    decision,
    comment,
  });
}

export function useReviewProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reviewProposal,
    onSuccess: (detail) => {
      qc.setQueryData(listReviewQueryKey(detail.summary.id), detail);
      void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
