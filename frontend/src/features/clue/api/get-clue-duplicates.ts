import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DuplicateSuggestion } from '../types';

/** Up to 5 open clues that read alike, best first (OFFICE, VERIFIER). */
export function getClueDuplicates(id: number | string): Promise<DuplicateSuggestion[]> {
  return api.get<DuplicateSuggestion[]>(`/api/clues/${encodeURIComponent(String(id))}/duplicates`);
}

export const getClueDuplicatesQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['clues', 'duplicates', String(id)], queryFn: () => getClueDuplicates(id) });

export function useClueDuplicates(id: number | string, enabled = true) {
  return useQuery({ ...getClueDuplicatesQueryOptions(id), enabled });
}
