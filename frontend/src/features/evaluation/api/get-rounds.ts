import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Round } from '../types';

export const EVALUATION_QUERY_KEY = ['evaluation'] as const;

/** The rounds the user may see, newest first (a department: the rounds that rate it). */
export function getRounds(): Promise<Round[]> {
  return api.get<Round[]>('/api/evaluation/rounds');
}

export const roundsQueryOptions = () =>
  queryOptions({ queryKey: [...EVALUATION_QUERY_KEY, 'rounds'], queryFn: getRounds });

export function useRounds() {
  return useQuery(roundsQueryOptions());
}
