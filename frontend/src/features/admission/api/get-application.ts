import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail } from '../types';

export function getApplication(id: number | string): Promise<ApplicationDetail> {
  return api.get<ApplicationDetail>(`/api/admission/applications/${encodeURIComponent(String(id))}`);
}

export const applicationQueryKey = (id: number | string) => ['applications', 'detail', String(id)] as const;

export const getApplicationQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: applicationQueryKey(id),
    queryFn: () => getApplication(id),
    staleTime: 0,
  });

export function useApplication(id: number | string | undefined) {
  return useQuery({ ...getApplicationQueryOptions(id ?? ''), enabled: id !== undefined && id !== '' });
}
