import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueStatistics } from '../types';

export type StatisticsParams = { from?: string | null; to?: string | null };

/** OFFICE, VERIFIER, ADMIN: clues received in the period. */
export function getClueStatistics(params: StatisticsParams): Promise<ClueStatistics> {
  return api.get<ClueStatistics>('/api/clues/statistics', { params });
}

export const getClueStatisticsQueryOptions = (params: StatisticsParams) =>
  queryOptions({
    queryKey: ['clues', 'statistics', params],
    queryFn: () => getClueStatistics(params),
    placeholderData: keepPreviousData,
  });

export function useClueStatistics(params: StatisticsParams) {
  return useQuery(getClueStatisticsQueryOptions(params));
}
