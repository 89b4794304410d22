import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { ClueCategory, ClueSource, ClueStatus } from '@/lib/enums';
import type { ClueSummary } from '../types';

export type ClueScope = 'all' | 'unit';

export type CluesParams = {
  scope: ClueScope;
  status?: ClueStatus | null;
  category?: ClueCategory | null;
  source?: ClueSource | null;
  keyword?: string | null;
  from?: string | null;
  to?: string | null;
  typical?: boolean | null;
  page: number;
  size: number;
};

/** `scope=all`: OFFICE, VERIFIER, ADMIN; `unit`: clues assigned to the user's organisation. */
export function getClues(params: CluesParams): Promise<Page<ClueSummary>> {
  return api.get<Page<ClueSummary>>('/api/clues', { params });
}

export const getCluesQueryOptions = (params: CluesParams) =>
  queryOptions({
    queryKey: ['clues', 'list', params],
    queryFn: () => getClues(params),
    placeholderData: keepPreviousData,
  });

export function useClues(params: CluesParams) {
  return useQuery(getCluesQueryOptions(params));
}
