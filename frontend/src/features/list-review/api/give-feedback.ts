import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Feedback, FeedbackVerdict } from '../types';
import { listReviewQueryKey } from './get-list-review';

export type GiveFeedbackInput = {
  reviewId: number;
  verdict: FeedbackVerdict;
  actualHours: number | null;
  comment: string | null;
};

/** A village's or township's feedback, once per unit (409 on a repeat or once feedback has closed). */
export function giveFeedback({ reviewId, ...body }: GiveFeedbackInput): Promise<Feedback> {
  return api.post<Feedback>(`/api/list-reviews/${encodeURIComponent(String(reviewId))}/feedback`, body);
}

export function useGiveFeedback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: giveFeedback,
    onSuccess: (_feedback, { reviewId }) => void qc.invalidateQueries({ queryKey: listReviewQueryKey(reviewId) }),
  });
}
