import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewDetail } from '../types';
import { listReviewQueryKey } from './get-list-review';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

/** Ends the feedback before its time (organisers; 409 once it has ended). */
export function closeFeedback(reviewId: number): Promise<ReviewDetail> {
  return api.post<ReviewDetail>(`/api/list-reviews/${encodeURIComponent(String(reviewId))}/close-feedback`);
}

export function useCloseFeedback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeFeedback,
    onSuccess: (detail) => {
      qc.setQueryData(listReviewQueryKey(detail.summary.id), detail);
      void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] });
    },
    // a 409 means it closed meanwhile: show what it is now
    onError: (_e, reviewId) => void qc.invalidateQueries({ queryKey: listReviewQueryKey(reviewId) }),
  });
}
