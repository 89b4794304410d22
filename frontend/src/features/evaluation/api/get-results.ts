import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RoundResults } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** A round's results as the user may see them (a department: its own, once the round has closed). */
export function getResults(roundId: number): Promise<RoundResults> {
  return api.get<RoundResults>(`/api/evaluation/rounds/${roundId}/results`);
}

export const resultsQueryOptions = (roundId: number | null) =>
  queryOptions({
    queryKey: [...EVALUATION_QUERY_KEY, 'results', roundId],
    queryFn: () => getResults(roundId as number),
    enabled: roundId !== null,
  });

export function useResults(roundId: number | null) {
  return useQuery(resultsQueryOptions(roundId));
}
