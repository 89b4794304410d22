import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProjectedLoad } from '../types';

/** The villages the application reaches, with their load now and with the new item. */
export function getApplicationBurden(id: number | string): Promise<ProjectedLoad[]> {
  return api.get<ProjectedLoad[]>(`/api/admission/applications/${encodeURIComponent(String(id))}/burden`);
}

export const getApplicationBurdenQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['applications', 'burden', String(id)],
    queryFn: () => getApplicationBurden(id),
    staleTime: 0,
  });

export function useApplicationBurden(id: number | string) {
  return useQuery(getApplicationBurdenQueryOptions(id));
}
