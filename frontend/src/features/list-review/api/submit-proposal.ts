import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Proposal, ReviewDetail } from '../types';
import { listReviewQueryKey } from './get-list-review';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

/** The proposal; for a change only the fields that differ from the current text (absent ones stay as they are). */
export type ProposalBody = {
  proposal: Proposal;
  reason: string;
  itemName?: string;
  content?: string;
  performanceStandard?: string;
  hoursPerMonth?: number;
};

export type SubmitProposalInput = { taskId: string; reviewId: number; body: ProposalBody };

/** The lead department's proposal on Task_Propose: keep, change (with the new text) or withdraw. */
export function submitProposal({ taskId, body }: SubmitProposalInput): Promise<ReviewDetail> {
  return api.post<ReviewDetail>(`/api/list-reviews/tasks/${encodeURIComponent(taskId)}/proposal`, body);
}

export function useSubmitProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: submitProposal,
    onSuccess: (detail) => {
      qc.setQueryData(listReviewQueryKey(detail.summary.id), detail);
      void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
