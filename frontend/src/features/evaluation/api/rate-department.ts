import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import type { MyDepartment, RatingInput } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** Rates one department of a round once (409 on a second rating; 400 with fieldErrors). */
export function rateDepartment({ roundId, ...input }: RatingInput & { roundId: number }): Promise<MyDepartment> {
  return api.post<MyDepartment>(`/api/evaluation/rounds/${roundId}/ratings`, input);
}

export function useRateDepartment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: rateDepartment,
    // a 409 means it was rated in another tab: the list is stale either way
    onSettled: (_data, error) => {
      if (!error || (error instanceof ApiError && error.status === 409)) {
        void qc.invalidateQueries({ queryKey: [...EVALUATION_QUERY_KEY, 'mine'] });
      }
    },
  });
}
