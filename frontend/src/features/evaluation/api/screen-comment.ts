import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ScreenedComment } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** Approves or rejects a comment once (409 when someone already did). */
export function screenComment({
  id,
  decision,
}: {
  id: number;
  decision: 'APPROVED' | 'REJECTED';
}): Promise<ScreenedComment> {
  return api.post<ScreenedComment>(`/api/evaluation/comments/${id}/screen`, { decision });
}

export function useScreenComment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: screenComment,
    onSettled: () => qc.invalidateQueries({ queryKey: EVALUATION_QUERY_KEY }),
  });
}
