import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewDetail } from '../types';
import { listReviewQueryKey } from './get-list-review';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

/** Starts the review of one item in force (organisers; 409 when it is already under review this period). */
export function startReview({ itemId }: { itemId: number }): Promise<ReviewDetail> {
  return api.post<ReviewDetail>('/api/list-reviews', { itemId });
}

export function useStartReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: startReview,
    onSuccess: (detail) => {
      qc.setQueryData(listReviewQueryKey(detail.summary.id), detail);
      void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] });
    },
  });
}
