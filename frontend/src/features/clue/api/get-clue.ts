import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';

export function getClue(id: number | string): Promise<ClueDetail> {
  return api.get<ClueDetail>(`/api/clues/${encodeURIComponent(String(id))}`);
}

export const clueQueryKey = (id: number | string) => ['clues', 'detail', String(id)] as const;

export const getClueQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: clueQueryKey(id), queryFn: () => getClue(id), staleTime: 0 });

export function useClue(id: number | string | undefined) {
  return useQuery({ ...getClueQueryOptions(id ?? ''), enabled: id !== undefined && id !== '' });
}
