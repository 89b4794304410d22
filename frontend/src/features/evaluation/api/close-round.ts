import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Round } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** 结束评价 (409 when it is already closed). */
export function closeRound(id: number): Promise<Round> {
  return api.post<Round>(`/api/evaluation/rounds/${id}/close`);
}

export function useCloseRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeRound,
    onSettled: () => qc.invalidateQueries({ queryKey: EVALUATION_QUERY_KEY }),
  });
}
