import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Round, RoundInput } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** 开启评价 (office and administrators; 400 with fieldErrors). */
export function openRound(input: RoundInput): Promise<Round> {
  return api.post<Round>('/api/evaluation/rounds', input);
}

export function useOpenRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: openRound,
    onSuccess: () => qc.invalidateQueries({ queryKey: EVALUATION_QUERY_KEY }),
  });
}
