import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

export type StartRoundInput = { name: string; until: string };

/** Opens a county-wide round: every item in force expiring before `until` and not yet reviewed this period. */
export function startRound(input: StartRoundInput): Promise<{ started: number[] }> {
  return api.post<{ started: number[] }>('/api/list-reviews/rounds', input);
}

export function useStartRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: startRound,
    onSuccess: () => void qc.invalidateQueries({ queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list'] }),
  });
}
