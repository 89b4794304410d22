import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Progress } from '../types';

export function getProgress(id: number | string): Promise<Progress> {
  return api.get<Progress>(`/api/admission/applications/${encodeURIComponent(String(id))}/progress`);
}

export const getProgressQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['applications', 'progress', String(id)],
    queryFn: () => getProgress(id),
    staleTime: 0,
  });

export function useProgress(id: number | string) {
  return useQuery(getProgressQueryOptions(id));
}
