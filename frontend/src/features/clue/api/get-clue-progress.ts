import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Progress } from '../types';

export function getClueProgress(id: number | string): Promise<Progress> {
  return api.get<Progress>(`/api/clues/${encodeURIComponent(String(id))}/progress`);
}

export const getClueProgressQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['clues', 'progress', String(id)], queryFn: () => getClueProgress(id), staleTime: 0 });

export function useClueProgress(id: number | string) {
  return useQuery(getClueProgressQueryOptions(id));
}
