import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewDetail } from '../types';
import { listReviewQueryKey } from './get-list-review';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';
import type { DecideInput } from './review-proposal';

/** APPROVER's decision on Task_ApproveProposal: approve (the list changes), or return to the review with a reason. */
export function approveProposal({ taskId, decision, comment }: DecideInput): Promise<ReviewDetail> {
  return api.post<ReviewDetail>(`/api/list-reviews/tasks/${encodeURIComponent(taskId)}/approval`, {
    decision,
    comment,
  });
}

export function useApproveProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: approveProposal,
    onSuccess: (detail) => {
      qc.setQueryData(listReviewQueryKey(detail.summary.id), detail);
      void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
