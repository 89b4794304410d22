import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MyRound } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** The rounds taking ratings now, with the rater's own ratings (township and village cadres). */
export function getMyRounds(): Promise<MyRound[]> {
  return api.get<MyRound[]>('/api/evaluation/my-rounds');
}

export const myRoundsQueryOptions = () =>
  queryOptions({ queryKey: [...EVALUATION_QUERY_KEY, 'mine'], queryFn: getMyRounds });

export function useMyRounds() {
  return useQuery(myRoundsQueryOptions());
}
