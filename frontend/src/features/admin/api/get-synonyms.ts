import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SynonymGroup } from '../types';

export const SYNONYMS_QUERY_KEY = ['synonyms'] as const;

/** Every synonym group (the list is short: it comes whole, unpaged). */
export function getSynonyms(): Promise<SynonymGroup[]> {
  return api.get<SynonymGroup[]>('/api/search/synonyms');
}

export const getSynonymsQueryOptions = () => queryOptions({ queryKey: SYNONYMS_QUERY_KEY, queryFn: getSynonyms });

export function useSynonyms() {
  return useQuery(getSynonymsQueryOptions());
}
