import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WarningFilters, WarningPage } from '../types';

export const WARNINGS_QUERY_KEY = ['warnings'] as const;

/** The warnings the user may see (the county, or the user's unit and, for a township, its villages). */
export function getWarnings(filters: WarningFilters): Promise<WarningPage> {
  return api.get<WarningPage>('/api/warnings', { params: filters });
}

export const getWarningsQueryOptions = (filters: WarningFilters) =>
  queryOptions({
    queryKey: [...WARNINGS_QUERY_KEY, 'list', filters],
    queryFn: () => getWarnings(filters),
    placeholderData: keepPreviousData,
  });

export function useWarnings(filters: WarningFilters) {
  return useQuery(getWarningsQueryOptions(filters));
}
